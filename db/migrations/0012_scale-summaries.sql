CREATE TYPE "public"."summary_level" AS ENUM('province', 'nation');--> statement-breakpoint
ALTER TYPE "public"."data_origin" ADD VALUE 'synthetic';--> statement-breakpoint
CREATE TABLE "level_summaries" (
	"id" serial PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"rubric_version" text NOT NULL,
	"level" "summary_level" NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"n" integer NOT NULL,
	"readiness" double precision,
	"stratum" "stratum",
	"social_capital" double precision,
	"policy_support" double precision,
	"result" jsonb NOT NULL,
	"inputs_hash" text NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "level_summaries_unit_uq" UNIQUE("round_id","rubric_version","level","code")
);
--> statement-breakpoint
ALTER TABLE "level_summaries" ADD CONSTRAINT "level_summaries_round_id_survey_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."survey_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "level_summaries" ADD CONSTRAINT "level_summaries_rubric_version_rubric_versions_version_fk" FOREIGN KEY ("rubric_version") REFERENCES "public"."rubric_versions"("version") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "level_summaries_level_idx" ON "level_summaries" USING btree ("level","code");--> statement-breakpoint
CREATE INDEX "respondents_round_cluster_idx" ON "respondents" USING btree ("round_id","cluster_code");