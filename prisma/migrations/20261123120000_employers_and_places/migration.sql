-- CreateTable
CREATE TABLE "Place" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "tasks" TEXT,
    "sector" TEXT,
    "locationMode" TEXT NOT NULL DEFAULT 'ORGANIZATION',
    "town" TEXT,
    "municipality" TEXT,
    "latitude" REAL,
    "longitude" REAL,
    "workMode" TEXT NOT NULL DEFAULT 'ON_SITE',
    "hoursMin" INTEGER NOT NULL,
    "hoursMax" INTEGER NOT NULL,
    "days" TEXT NOT NULL DEFAULT '[]',
    "startDate" DATETIME,
    "duration" TEXT,
    "compensation" TEXT,
    "spots" INTEGER NOT NULL DEFAULT 1,
    "supervision" TEXT NOT NULL DEFAULT '[]',
    "adaptations" TEXT NOT NULL DEFAULT '[]',
    "accessibility" TEXT NOT NULL DEFAULT '[]',
    "requirements" TEXT,
    "learning" TEXT,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "publishedAt" DATETIME,
    "expiresAt" DATETIME,
    "expiryReminderSentAt" DATETIME,
    "closedAt" DATETIME,
    "closedReason" TEXT,
    "viewCount" INTEGER NOT NULL DEFAULT 0,
    "contactPersonId" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Place_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Place_contactPersonId_fkey" FOREIGN KEY ("contactPersonId") REFERENCES "ContactPerson" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LinkToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "purpose" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Organization" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kvkNumber" TEXT,
    "sector" TEXT,
    "sizeClass" TEXT,
    "street" TEXT,
    "postalCode" TEXT,
    "town" TEXT,
    "municipality" TEXT,
    "municipalityCode" TEXT,
    "latitude" REAL,
    "longitude" REAL,
    "website" TEXT,
    "description" TEXT,
    "commitments" TEXT NOT NULL DEFAULT '[]',
    "commitmentNote" TEXT,
    "logoFile" TEXT,
    "logoContentType" TEXT,
    "addedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Organization" ("createdAt", "description", "id", "kind", "kvkNumber", "municipality", "name", "sector", "town", "updatedAt", "website") SELECT "createdAt", "description", "id", "kind", "kvkNumber", "municipality", "name", "sector", "town", "updatedAt", "website" FROM "Organization";
DROP TABLE "Organization";
ALTER TABLE "new_Organization" RENAME TO "Organization";
CREATE UNIQUE INDEX "Organization_kvkNumber_key" ON "Organization"("kvkNumber");
CREATE INDEX "Organization_kind_idx" ON "Organization"("kind");
CREATE INDEX "Organization_town_idx" ON "Organization"("town");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Place_organizationId_status_idx" ON "Place"("organizationId", "status");

-- CreateIndex
CREATE INDEX "Place_status_expiresAt_idx" ON "Place"("status", "expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "LinkToken_tokenHash_key" ON "LinkToken"("tokenHash");

-- CreateIndex
CREATE INDEX "LinkToken_purpose_subjectId_idx" ON "LinkToken"("purpose", "subjectId");

