-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "entityIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "fields" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "patientIds" UUID[] DEFAULT ARRAY[]::UUID[];
