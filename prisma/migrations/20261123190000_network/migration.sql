-- AlterTable
ALTER TABLE "Organization" ADD COLUMN "stakeholderType" TEXT;

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN "weeklyContactTarget" INTEGER;

-- CreateTable
CREATE TABLE "EmployerRelationship" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "networkId" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "stage" TEXT NOT NULL DEFAULT 'PROSPECT',
    "ownerId" TEXT,
    "nextFollowUpOn" DATETIME,
    "followUpNote" TEXT,
    "lastActivityAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "EmployerRelationship_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EmployerRelationship_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EmployerRelationship_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RelationshipActivity" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "networkId" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "occurredAt" DATETIME NOT NULL,
    "summary" TEXT,
    "actorId" TEXT,
    "contactPersonId" TEXT,
    "eventId" TEXT,
    "proposalId" TEXT,
    "placementId" TEXT,
    "sourceKey" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RelationshipActivity_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RelationshipActivity_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RelationshipActivity_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "RelationshipActivity_contactPersonId_fkey" FOREIGN KEY ("contactPersonId") REFERENCES "ContactPerson" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "RelationshipActivity_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "NetworkEvent" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "NetworkEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "agenda" TEXT,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "location" TEXT,
    "onlineUrl" TEXT,
    "capacity" INTEGER,
    "groupId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'PLANNED',
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "notes" TEXT,
    "decisions" TEXT,
    "summarySentAt" DATETIME,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "NetworkEvent_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "NetworkEvent_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "SoundingBoardGroup" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EventInvitation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "contactPersonId" TEXT NOT NULL,
    "response" TEXT NOT NULL DEFAULT 'INVITED',
    "needs" TEXT,
    "respondedAt" DATETIME,
    "waitlistedAt" DATETIME,
    "invitedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "invitedById" TEXT,
    "mailStatus" TEXT,
    "reminderSentAt" DATETIME,
    "attendance" TEXT,
    "attendanceRecordedAt" DATETIME,
    CONSTRAINT "EventInvitation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "NetworkEvent" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EventInvitation_contactPersonId_fkey" FOREIGN KEY ("contactPersonId") REFERENCES "ContactPerson" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EventActionItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "ownerName" TEXT NOT NULL,
    "dueOn" DATETIME,
    "doneAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "EventActionItem_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "NetworkEvent" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlacePledge" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "networkId" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "eventId" TEXT,
    "description" TEXT NOT NULL,
    "placeType" TEXT,
    "spots" INTEGER NOT NULL DEFAULT 1,
    "placeId" TEXT,
    "recordedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PlacePledge_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PlacePledge_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PlacePledge_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "NetworkEvent" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "PlacePledge_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SoundingBoardGroup" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "statusChangedAt" DATETIME,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "SoundingBoardGroup_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GroupMember" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "groupId" TEXT NOT NULL,
    "contactPersonId" TEXT NOT NULL,
    "joinedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leftAt" DATETIME,
    CONSTRAINT "GroupMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "SoundingBoardGroup" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "GroupMember_contactPersonId_fkey" FOREIGN KEY ("contactPersonId") REFERENCES "ContactPerson" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GroupTopic" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "groupId" TEXT NOT NULL,
    "memberId" TEXT,
    "eventId" TEXT,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "GroupTopic_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "SoundingBoardGroup" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "GroupTopic_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "GroupMember" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "GroupTopic_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "NetworkEvent" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EmailDeliveryEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "providerEventId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "detail" TEXT,
    "occurredAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ContactPerson" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "jobTitle" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "mailOptOuts" TEXT NOT NULL DEFAULT '[]',
    "bouncedAt" DATETIME,
    "bounceReason" TEXT,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ContactPerson_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ContactPerson" ("createdAt", "email", "id", "jobTitle", "name", "organizationId", "phone") SELECT "createdAt", "email", "id", "jobTitle", "name", "organizationId", "phone" FROM "ContactPerson";
DROP TABLE "ContactPerson";
ALTER TABLE "new_ContactPerson" RENAME TO "ContactPerson";
CREATE INDEX "ContactPerson_organizationId_idx" ON "ContactPerson"("organizationId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "EmployerRelationship_networkId_stage_lastActivityAt_idx" ON "EmployerRelationship"("networkId", "stage", "lastActivityAt");

-- CreateIndex
CREATE INDEX "EmployerRelationship_networkId_nextFollowUpOn_idx" ON "EmployerRelationship"("networkId", "nextFollowUpOn");

-- CreateIndex
CREATE UNIQUE INDEX "EmployerRelationship_networkId_employerId_key" ON "EmployerRelationship"("networkId", "employerId");

-- CreateIndex
CREATE UNIQUE INDEX "RelationshipActivity_sourceKey_key" ON "RelationshipActivity"("sourceKey");

-- CreateIndex
CREATE INDEX "RelationshipActivity_networkId_employerId_occurredAt_idx" ON "RelationshipActivity"("networkId", "employerId", "occurredAt");

-- CreateIndex
CREATE INDEX "RelationshipActivity_networkId_actorId_occurredAt_idx" ON "RelationshipActivity"("networkId", "actorId", "occurredAt");

-- CreateIndex
CREATE INDEX "RelationshipActivity_networkId_occurredAt_idx" ON "RelationshipActivity"("networkId", "occurredAt");

-- CreateIndex
CREATE INDEX "NetworkEvent_organizationId_startsAt_idx" ON "NetworkEvent"("organizationId", "startsAt");

-- CreateIndex
CREATE INDEX "NetworkEvent_groupId_startsAt_idx" ON "NetworkEvent"("groupId", "startsAt");

-- CreateIndex
CREATE INDEX "EventInvitation_eventId_response_idx" ON "EventInvitation"("eventId", "response");

-- CreateIndex
CREATE INDEX "EventInvitation_reminderSentAt_idx" ON "EventInvitation"("reminderSentAt");

-- CreateIndex
CREATE UNIQUE INDEX "EventInvitation_eventId_contactPersonId_key" ON "EventInvitation"("eventId", "contactPersonId");

-- CreateIndex
CREATE INDEX "EventActionItem_eventId_idx" ON "EventActionItem"("eventId");

-- CreateIndex
CREATE INDEX "PlacePledge_networkId_employerId_idx" ON "PlacePledge"("networkId", "employerId");

-- CreateIndex
CREATE INDEX "PlacePledge_eventId_idx" ON "PlacePledge"("eventId");

-- CreateIndex
CREATE INDEX "SoundingBoardGroup_organizationId_idx" ON "SoundingBoardGroup"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "GroupMember_groupId_contactPersonId_key" ON "GroupMember"("groupId", "contactPersonId");

-- CreateIndex
CREATE INDEX "GroupTopic_groupId_createdAt_idx" ON "GroupTopic"("groupId", "createdAt");

-- CreateIndex
CREATE INDEX "GroupTopic_eventId_idx" ON "GroupTopic"("eventId");

-- CreateIndex
CREATE UNIQUE INDEX "EmailDeliveryEvent_providerEventId_key" ON "EmailDeliveryEvent"("providerEventId");

-- CreateIndex
CREATE INDEX "EmailDeliveryEvent_email_idx" ON "EmailDeliveryEvent"("email");

