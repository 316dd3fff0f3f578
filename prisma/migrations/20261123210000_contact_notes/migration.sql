-- CreateTable
CREATE TABLE "ContactNote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "networkId" TEXT NOT NULL,
    "contactPersonId" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "updatedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ContactNote_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ContactNote_contactPersonId_fkey" FOREIGN KEY ("contactPersonId") REFERENCES "ContactPerson" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ContactPerson_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ContactPerson" ("bounceReason", "bouncedAt", "createdAt", "email", "id", "jobTitle", "mailOptOuts", "name", "organizationId", "phone") SELECT "bounceReason", "bouncedAt", "createdAt", "email", "id", "jobTitle", "mailOptOuts", "name", "organizationId", "phone" FROM "ContactPerson";
DROP TABLE "ContactPerson";
ALTER TABLE "new_ContactPerson" RENAME TO "ContactPerson";
CREATE INDEX "ContactPerson_organizationId_idx" ON "ContactPerson"("organizationId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ContactNote_contactPersonId_idx" ON "ContactNote"("contactPersonId");

-- CreateIndex
CREATE UNIQUE INDEX "ContactNote_networkId_contactPersonId_key" ON "ContactNote"("networkId", "contactPersonId");

