-- AlterTable
ALTER TABLE "CandidateAccessLog" ADD COLUMN "purpose" TEXT;

-- CreateTable
CREATE TABLE "SearchOutbox" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "indexName" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "availableAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" DATETIME
);

-- CreateTable
CREATE TABLE "Proposal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "candidateId" TEXT NOT NULL,
    "placeId" TEXT NOT NULL,
    "coachingOrganizationId" TEXT NOT NULL,
    "employerOrganizationId" TEXT NOT NULL,
    "proposedById" TEXT,
    "motivation" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PROPOSED',
    "introOptions" TEXT NOT NULL DEFAULT '[]',
    "introNote" TEXT,
    "introAt" DATETIME,
    "introLocation" TEXT,
    "declineReason" TEXT,
    "declineNote" TEXT,
    "outcomeReason" TEXT,
    "outcomeNote" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Proposal_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Proposal_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Proposal_coachingOrganizationId_fkey" FOREIGN KEY ("coachingOrganizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Proposal_employerOrganizationId_fkey" FOREIGN KEY ("employerOrganizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Proposal_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProposalEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "proposalId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "actorId" TEXT,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ProposalEvent_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProposalEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CandidateRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "candidateId" TEXT NOT NULL,
    "employerOrganizationId" TEXT NOT NULL,
    "requestedById" TEXT,
    "placeId" TEXT,
    "message" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "handledById" TEXT,
    "handledAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CandidateRequest_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CandidateRequest_employerOrganizationId_fkey" FOREIGN KEY ("employerOrganizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CandidateRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "CandidateRequest_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Placement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "candidateId" TEXT NOT NULL,
    "placeId" TEXT NOT NULL,
    "proposalId" TEXT,
    "coachingOrganizationId" TEXT NOT NULL,
    "employerOrganizationId" TEXT NOT NULL,
    "startDate" DATETIME NOT NULL,
    "hoursPerWeek" INTEGER NOT NULL,
    "supervisorName" TEXT NOT NULL,
    "supervisorContact" TEXT,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "durableOn" DATETIME NOT NULL,
    "endedOn" DATETIME,
    "endReason" TEXT,
    "endNote" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Placement_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Placement_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Placement_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Placement_coachingOrganizationId_fkey" FOREIGN KEY ("coachingOrganizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Placement_employerOrganizationId_fkey" FOREIGN KEY ("employerOrganizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlacementCheckIn" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "placementId" TEXT NOT NULL,
    "dueOn" DATETIME NOT NULL,
    "doneOn" DATETIME,
    "candidateNote" TEXT,
    "employerNote" TEXT,
    "balance" INTEGER,
    "recordedById" TEXT,
    "reminderSentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PlacementCheckIn_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlacementStepBack" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "placementId" TEXT NOT NULL,
    "startedOn" DATETIME NOT NULL,
    "endedOn" DATETIME,
    "reason" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PlacementStepBack_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "SearchOutbox_processedAt_availableAt_idx" ON "SearchOutbox"("processedAt", "availableAt");

-- CreateIndex
CREATE INDEX "Proposal_candidateId_idx" ON "Proposal"("candidateId");

-- CreateIndex
CREATE INDEX "Proposal_placeId_idx" ON "Proposal"("placeId");

-- CreateIndex
CREATE INDEX "Proposal_employerOrganizationId_status_idx" ON "Proposal"("employerOrganizationId", "status");

-- CreateIndex
CREATE INDEX "Proposal_coachingOrganizationId_status_idx" ON "Proposal"("coachingOrganizationId", "status");

-- CreateIndex
CREATE INDEX "ProposalEvent_proposalId_createdAt_idx" ON "ProposalEvent"("proposalId", "createdAt");

-- CreateIndex
CREATE INDEX "CandidateRequest_candidateId_status_idx" ON "CandidateRequest"("candidateId", "status");

-- CreateIndex
CREATE INDEX "CandidateRequest_employerOrganizationId_idx" ON "CandidateRequest"("employerOrganizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Placement_proposalId_key" ON "Placement"("proposalId");

-- CreateIndex
CREATE INDEX "Placement_candidateId_idx" ON "Placement"("candidateId");

-- CreateIndex
CREATE INDEX "Placement_coachingOrganizationId_status_idx" ON "Placement"("coachingOrganizationId", "status");

-- CreateIndex
CREATE INDEX "Placement_employerOrganizationId_status_idx" ON "Placement"("employerOrganizationId", "status");

-- CreateIndex
CREATE INDEX "PlacementCheckIn_placementId_dueOn_idx" ON "PlacementCheckIn"("placementId", "dueOn");

-- CreateIndex
CREATE INDEX "PlacementCheckIn_doneOn_dueOn_idx" ON "PlacementCheckIn"("doneOn", "dueOn");

-- CreateIndex
CREATE INDEX "PlacementStepBack_placementId_idx" ON "PlacementStepBack"("placementId");

-- CreateIndex
CREATE INDEX "CandidateAccessLog_userId_section_createdAt_idx" ON "CandidateAccessLog"("userId", "section", "createdAt");

