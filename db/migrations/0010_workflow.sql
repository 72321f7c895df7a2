CREATE TYPE "public"."notification_kind" AS ENUM('mention', 'sent_back', 'assigned', 'approval_wanted');--> statement-breakpoint
CREATE TABLE "piece_notes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "piece_notes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"article_id" integer NOT NULL,
	"thread_id" integer,
	"author_id" integer,
	"body" text NOT NULL,
	"anchor" jsonb,
	"quote" text DEFAULT '' NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "piece_notes_body_length" CHECK (length("piece_notes"."body") between 1 and 4000),
	CONSTRAINT "piece_notes_quote_length" CHECK (length("piece_notes"."quote") <= 500)
);
--> statement-breakpoint
CREATE TABLE "staff_notifications" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "staff_notifications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"user_id" integer NOT NULL,
	"kind" "notification_kind" NOT NULL,
	"article_id" integer NOT NULL,
	"note_id" integer,
	"actor_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "submitted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "submitted_by_id" integer;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "return_note" text;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "returned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "returned_by_id" integer;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "market_moving" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "marked_by_id" integer;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "approved_by_id" integer;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "approved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "approved_fingerprint" text;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "slug_line" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "assignee_id" integer;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "planned_for" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "piece_notes" ADD CONSTRAINT "piece_notes_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "piece_notes" ADD CONSTRAINT "piece_notes_thread_id_piece_notes_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."piece_notes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "piece_notes" ADD CONSTRAINT "piece_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "piece_notes" ADD CONSTRAINT "piece_notes_resolved_by_id_users_id_fk" FOREIGN KEY ("resolved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_notifications" ADD CONSTRAINT "staff_notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_notifications" ADD CONSTRAINT "staff_notifications_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_notifications" ADD CONSTRAINT "staff_notifications_note_id_piece_notes_id_fk" FOREIGN KEY ("note_id") REFERENCES "public"."piece_notes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_notifications" ADD CONSTRAINT "staff_notifications_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "piece_notes_article_idx" ON "piece_notes" USING btree ("article_id","created_at");--> statement-breakpoint
CREATE INDEX "piece_notes_thread_idx" ON "piece_notes" USING btree ("thread_id");--> statement-breakpoint
CREATE INDEX "staff_notifications_user_idx" ON "staff_notifications" USING btree ("user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_returned_by_id_users_id_fk" FOREIGN KEY ("returned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_marked_by_id_users_id_fk" FOREIGN KEY ("marked_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "articles_review_idx" ON "articles" USING btree ("submitted_at") WHERE "articles"."status" = 'in_review';--> statement-breakpoint
CREATE INDEX "articles_planned_idx" ON "articles" USING btree ("due_at") WHERE "articles"."assignee_id" is not null or "articles"."due_at" is not null or "articles"."planned_for" is not null;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_slug_line_length" CHECK (length("articles"."slug_line") <= 80);--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_return_note_length" CHECK (length("articles"."return_note") <= 2000);--> statement-breakpoint
-- Pieces already waiting for review join the desk in the order they were last touched.
UPDATE "articles" SET "submitted_at" = "updated_at" WHERE "status" = 'in_review';
