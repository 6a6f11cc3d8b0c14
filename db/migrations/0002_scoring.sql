CREATE TYPE "public"."stratum" AS ENUM('sentra', 'rintisan', 'matang');--> statement-breakpoint
CREATE TYPE "public"."unit_type" AS ENUM('cluster', 'village', 'district', 'regency');--> statement-breakpoint
CREATE TABLE "rubric_versions" (
	"version" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"based_on" text,
	"definition" jsonb NOT NULL,
	"locked" boolean DEFAULT false NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "score_snapshots" (
	"id" serial PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"rubric_version" text NOT NULL,
	"unit_type" "unit_type" NOT NULL,
	"unit_code" text NOT NULL,
	"unit_name" text NOT NULL,
	"region_code" text NOT NULL,
	"n" integer NOT NULL,
	"readiness" double precision,
	"stratum" "stratum",
	"social_capital" double precision,
	"policy_support" double precision,
	"result" jsonb NOT NULL,
	"inputs_hash" text NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "score_snapshots_unit_uq" UNIQUE("round_id","rubric_version","unit_type","unit_code")
);
--> statement-breakpoint
ALTER TABLE "rubric_versions" ADD CONSTRAINT "rubric_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_snapshots" ADD CONSTRAINT "score_snapshots_round_id_survey_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."survey_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_snapshots" ADD CONSTRAINT "score_snapshots_rubric_version_rubric_versions_version_fk" FOREIGN KEY ("rubric_version") REFERENCES "public"."rubric_versions"("version") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "score_snapshots_list_idx" ON "score_snapshots" USING btree ("round_id","rubric_version","unit_type","region_code" text_pattern_ops);