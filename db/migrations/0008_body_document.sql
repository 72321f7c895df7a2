ALTER TABLE "articles" DROP CONSTRAINT "articles_title_length";--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "body_doc" jsonb;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_title_length" CHECK (length("articles"."title") <= 200 and (length("articles"."title") >= 1 or "articles"."status" = 'draft'));--> statement-breakpoint
-- As for the Markdown before it: an UPDATE that changes the document without its HTML (an operator's fix in psql,
-- say) drops the HTML, and the scheduler's sweep renders it again.
DROP TRIGGER articles_forget_stale_body_html ON articles;
--> statement-breakpoint
CREATE TRIGGER articles_forget_stale_body_html BEFORE UPDATE OF body, body_doc ON articles
  FOR EACH ROW WHEN ((NEW.body IS DISTINCT FROM OLD.body OR NEW.body_doc IS DISTINCT FROM OLD.body_doc) AND NEW.body_html IS NOT DISTINCT FROM OLD.body_html)
  EXECUTE FUNCTION forget_stale_body_html();
