ALTER TABLE "pending_imports" ALTER COLUMN "bytes" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "regencies" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "pending_imports" ADD COLUMN "parsed" jsonb;--> statement-breakpoint
CREATE INDEX "pending_imports_created_idx" ON "pending_imports" USING btree ("created_at");--> statement-breakpoint
-- hand-written: existing imports get the regencies of the rows they last wrote, so regional users keep seeing their own history
UPDATE "imports" SET "regencies" = coalesce((SELECT array_agg(DISTINCT left(v, 5)) FROM (SELECT village_code AS v FROM respondents WHERE import_id = "imports"."id" UNION SELECT village_code FROM pktd_records WHERE import_id = "imports"."id") AS w), '{}'::text[]);
