CREATE TYPE "public"."programme_kind" AS ENUM('training', 'equipment', 'mentoring', 'capital', 'marketing', 'permit_facilitation');--> statement-breakpoint
CREATE TABLE "programme_activities" (
	"id" serial PRIMARY KEY NOT NULL,
	"cluster_id" integer NOT NULL,
	"kind" "programme_kind" NOT NULL,
	"date" date NOT NULL,
	"budget" bigint NOT NULL,
	"provider" text NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "saved_comparisons" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"round_id" integer NOT NULL,
	"rubric_version" text NOT NULL,
	"units" jsonb NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "pktd_records" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "pktd_records" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "programme_activities" ADD CONSTRAINT "programme_activities_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_activities" ADD CONSTRAINT "programme_activities_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_comparisons" ADD CONSTRAINT "saved_comparisons_round_id_survey_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."survey_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_comparisons" ADD CONSTRAINT "saved_comparisons_rubric_version_rubric_versions_version_fk" FOREIGN KEY ("rubric_version") REFERENCES "public"."rubric_versions"("version") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_comparisons" ADD CONSTRAINT "saved_comparisons_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "programme_activities_cluster_date_idx" ON "programme_activities" USING btree ("cluster_id","date");--> statement-breakpoint
CREATE INDEX "saved_comparisons_created_by_idx" ON "saved_comparisons" USING btree ("created_by","created_at");