-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "itemLabels" TEXT[] DEFAULT ARRAY[]::TEXT[];
