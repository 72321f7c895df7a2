ALTER TABLE "articles" ADD COLUMN "body_html" text;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "body_html_renderer" integer;--> statement-breakpoint
-- The stored HTML is only ever the body's: an UPDATE that changes the body without it (an operator's fix in
-- psql, say) drops it, and pages render that body themselves until the next save stores it again.
CREATE FUNCTION forget_stale_body_html() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.body_html := NULL;
  NEW.body_html_renderer := NULL;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER articles_forget_stale_body_html BEFORE UPDATE OF body ON articles
  FOR EACH ROW WHEN (NEW.body IS DISTINCT FROM OLD.body AND NEW.body_html IS NOT DISTINCT FROM OLD.body_html)
  EXECUTE FUNCTION forget_stale_body_html();
