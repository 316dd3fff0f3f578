-- CreateTable
CREATE TABLE "SupportPlan" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "placementId" TEXT NOT NULL,
    "coachTasks" TEXT NOT NULL,
    "employerTasks" TEXT NOT NULL,
    "supervisorTasks" TEXT NOT NULL,
    "intensityMethod" TEXT NOT NULL,
    "supportHoursPerWeek" REAL NOT NULL,
    "supportPercent" REAL NOT NULL,
    "supportRegime" TEXT NOT NULL,
    "startsOn" DATETIME NOT NULL,
    "durationMonths" INTEGER NOT NULL,
    "requestedBy" TEXT NOT NULL,
    "funder" TEXT NOT NULL,
    "funderName" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "SupportPlan_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SupportPlanGoal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "planId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "removedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SupportPlanGoal_planId_fkey" FOREIGN KEY ("planId") REFERENCES "SupportPlan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SupportPlanReviewDate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "planId" TEXT NOT NULL,
    "dueOn" DATETIME NOT NULL,
    CONSTRAINT "SupportPlanReviewDate_planId_fkey" FOREIGN KEY ("planId") REFERENCES "SupportPlan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SupportPlanReview" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "planId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "heldOn" DATETIME NOT NULL,
    "periodFrom" DATETIME NOT NULL,
    "periodTo" DATETIME NOT NULL,
    "checkInCount" INTEGER NOT NULL,
    "balanceAverage" REAL,
    "stepBackCount" INTEGER NOT NULL,
    "stepBackDays" INTEGER NOT NULL,
    "balance" INTEGER NOT NULL,
    "balanceNote" TEXT,
    "decision" TEXT NOT NULL,
    "motivation" TEXT NOT NULL,
    "recordedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SupportPlanReview_planId_fkey" FOREIGN KEY ("planId") REFERENCES "SupportPlan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SupportPlanGoalProgress" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reviewId" TEXT NOT NULL,
    "goalId" TEXT NOT NULL,
    "goalText" TEXT NOT NULL,
    "progress" TEXT NOT NULL,
    "note" TEXT,
    CONSTRAINT "SupportPlanGoalProgress_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "SupportPlanReview" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SupportPlanGoalProgress_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "SupportPlanGoal" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlacementAgreement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "placementId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "periodFrom" DATETIME NOT NULL,
    "periodTo" DATETIME NOT NULL,
    "hoursPerWeek" REAL NOT NULL,
    "days" TEXT NOT NULL DEFAULT '[]',
    "tasks" TEXT NOT NULL,
    "supervision" TEXT NOT NULL,
    "compensation" TEXT NOT NULL,
    "insurance" TEXT NOT NULL,
    "stepBackClause" TEXT NOT NULL,
    "candidateName" TEXT NOT NULL,
    "candidateEmail" TEXT,
    "employerSignatoryName" TEXT NOT NULL,
    "employerSignatoryEmail" TEXT,
    "coachName" TEXT NOT NULL,
    "coachEmail" TEXT,
    "changeNote" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedAt" DATETIME,
    CONSTRAINT "PlacementAgreement_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AgreementAcceptance" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "agreementId" TEXT NOT NULL,
    "party" TEXT NOT NULL,
    "acceptedName" TEXT,
    "acceptedAt" DATETIME,
    "coachPresent" BOOLEAN NOT NULL DEFAULT false,
    "openedHereTokenId" TEXT,
    "openedHereById" TEXT,
    "acceptedOnScreenOfId" TEXT,
    "acceptedTokenId" TEXT,
    "linkSentAt" DATETIME,
    CONSTRAINT "AgreementAcceptance_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "PlacementAgreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlacementChecklistItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "placementId" TEXT NOT NULL,
    "itemKey" TEXT NOT NULL,
    "doneAt" DATETIME NOT NULL,
    "doneById" TEXT,
    "note" TEXT,
    CONSTRAINT "PlacementChecklistItem_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "SupportPlan_placementId_key" ON "SupportPlan"("placementId");

-- CreateIndex
CREATE INDEX "SupportPlanGoal_planId_position_idx" ON "SupportPlanGoal"("planId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "SupportPlanReviewDate_planId_dueOn_key" ON "SupportPlanReviewDate"("planId", "dueOn");

-- CreateIndex
CREATE INDEX "SupportPlanReview_planId_heldOn_idx" ON "SupportPlanReview"("planId", "heldOn");

-- CreateIndex
CREATE INDEX "SupportPlanGoalProgress_goalId_idx" ON "SupportPlanGoalProgress"("goalId");

-- CreateIndex
CREATE UNIQUE INDEX "SupportPlanGoalProgress_reviewId_goalId_key" ON "SupportPlanGoalProgress"("reviewId", "goalId");

-- CreateIndex
CREATE UNIQUE INDEX "PlacementAgreement_placementId_version_key" ON "PlacementAgreement"("placementId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementAcceptance_agreementId_party_key" ON "AgreementAcceptance"("agreementId", "party");

-- CreateIndex
CREATE UNIQUE INDEX "PlacementChecklistItem_placementId_itemKey_key" ON "PlacementChecklistItem"("placementId", "itemKey");

