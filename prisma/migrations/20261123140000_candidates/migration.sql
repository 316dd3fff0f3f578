-- CreateTable
CREATE TABLE "Candidate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "firstName" TEXT,
    "lastName" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "birthYear" INTEGER,
    "happyWhen" TEXT,
    "interests" TEXT,
    "talents" TEXT,
    "learningGoals" TEXT,
    "placeTypes" TEXT NOT NULL DEFAULT '[]',
    "sectors" TEXT NOT NULL DEFAULT '[]',
    "hoursMin" INTEGER,
    "hoursMax" INTEGER,
    "days" TEXT NOT NULL DEFAULT '[]',
    "homeTown" TEXT,
    "homeMunicipality" TEXT,
    "latitude" REAL,
    "longitude" REAL,
    "travelRadiusKm" INTEGER,
    "transport" TEXT NOT NULL DEFAULT '[]',
    "workEnvironment" TEXT NOT NULL DEFAULT '[]',
    "languages" TEXT NOT NULL DEFAULT '[]',
    "experience" TEXT,
    "training" TEXT,
    "stage" TEXT NOT NULL DEFAULT 'ORIENTING',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "primaryCoachId" TEXT,
    "routeSupporterId" TEXT,
    "lastContactAt" DATETIME,
    "nextAction" TEXT,
    "nextActionDate" DATETIME,
    "confirmedAt" DATETIME NOT NULL,
    "erasedAt" DATETIME,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Candidate_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Candidate_primaryCoachId_fkey" FOREIGN KEY ("primaryCoachId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Candidate_routeSupporterId_fkey" FOREIGN KEY ("routeSupporterId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CandidateSensitive" (
    "candidateId" TEXT NOT NULL PRIMARY KEY,
    "vulnerability" TEXT,
    "benefits" TEXT,
    "targetGroupRegister" TEXT,
    "indication" TEXT,
    "supportNeeds" TEXT,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CandidateSensitive_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CandidateEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "candidateId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "fromStage" TEXT,
    "toStage" TEXT,
    "occurredOn" DATETIME NOT NULL,
    "note" TEXT,
    "recordedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CandidateEvent_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CandidateReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "candidateId" TEXT NOT NULL,
    "authorId" TEXT,
    "conversationOn" DATETIME NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "approvalRequestedAt" DATETIME,
    "decidedOn" DATETIME,
    "decisionSource" TEXT,
    "decisionRecordedById" TEXT,
    "decisionNote" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CandidateReport_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CandidateReport_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CandidateConsent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "candidateId" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "employerOrganizationId" TEXT,
    "proposalId" TEXT,
    "basis" TEXT NOT NULL,
    "givenOn" DATETIME NOT NULL,
    "note" TEXT,
    "recordedById" TEXT,
    "recordedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" DATETIME,
    "withdrawnById" TEXT,
    "withdrawalNote" TEXT,
    CONSTRAINT "CandidateConsent_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CandidateConsent_employerOrganizationId_fkey" FOREIGN KEY ("employerOrganizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CandidateAccessLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "candidateId" TEXT NOT NULL,
    "userId" TEXT,
    "section" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CandidateAccessLog_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CandidateAccessLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Candidate_code_key" ON "Candidate"("code");

-- CreateIndex
CREATE INDEX "Candidate_organizationId_active_stage_idx" ON "Candidate"("organizationId", "active", "stage");

-- CreateIndex
CREATE INDEX "Candidate_primaryCoachId_idx" ON "Candidate"("primaryCoachId");

-- CreateIndex
CREATE INDEX "Candidate_routeSupporterId_idx" ON "Candidate"("routeSupporterId");

-- CreateIndex
CREATE INDEX "CandidateEvent_candidateId_occurredOn_idx" ON "CandidateEvent"("candidateId", "occurredOn");

-- CreateIndex
CREATE INDEX "CandidateEvent_kind_occurredOn_idx" ON "CandidateEvent"("kind", "occurredOn");

-- CreateIndex
CREATE INDEX "CandidateReport_candidateId_status_idx" ON "CandidateReport"("candidateId", "status");

-- CreateIndex
CREATE INDEX "CandidateReport_authorId_idx" ON "CandidateReport"("authorId");

-- CreateIndex
CREATE INDEX "CandidateConsent_candidateId_purpose_idx" ON "CandidateConsent"("candidateId", "purpose");

-- CreateIndex
CREATE INDEX "CandidateAccessLog_candidateId_createdAt_idx" ON "CandidateAccessLog"("candidateId", "createdAt");

