CREATE TYPE "public"."decision_kind" AS ENUM('shortlisted', 'selected', 'rejected', 'deferred');--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" serial PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"rubric_version" text NOT NULL,
	"cluster_code" text NOT NULL,
	"cluster_name" text NOT NULL,
	"region_code" text NOT NULL,
	"kind" "decision_kind" NOT NULL,
	"reason" text NOT NULL,
	"review_on" date,
	"snapshot" jsonb NOT NULL,
	"supersedes" integer,
	"decided_by" integer,
	"decided_by_username" text NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "decisions_supersedes_uq" UNIQUE("supersedes")
);
--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_round_id_survey_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."survey_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_rubric_version_rubric_versions_version_fk" FOREIGN KEY ("rubric_version") REFERENCES "public"."rubric_versions"("version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "decisions_cluster_idx" ON "decisions" USING btree ("cluster_code","decided_at");--> statement-breakpoint
CREATE INDEX "decisions_region_idx" ON "decisions" USING btree ("region_code" text_pattern_ops,"decided_at");