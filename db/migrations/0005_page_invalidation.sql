-- Cached public pages are invalidated by the database itself: whatever changes a published article (the
-- editor, the scheduler, a restore, an operator's UPDATE) announces it on commit, and every web server that
-- LISTENs drops the pages showing it. The payload is a list of cache tags separated by spaces; '*' is all.
CREATE FUNCTION announce_article_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (TG_OP <> 'INSERT' AND OLD.status = 'published') OR (TG_OP <> 'DELETE' AND NEW.status = 'published') THEN
    PERFORM pg_notify('page_invalidation', 'article:' || (CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END) || ' article-lists');
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER articles_announce_change AFTER INSERT OR UPDATE OR DELETE ON articles
  FOR EACH ROW EXECUTE FUNCTION announce_article_change();
--> statement-breakpoint
-- Names shown on many pages (bylines, the sections menu, tag labels): rare changes, so every cached page goes.
-- A new section is in every page's menu; new authors and tags show only with a story, which announces itself
-- (and every save inserts its tags, so an INSERT trigger on tags would empty the cache at each keystroke's save).
CREATE FUNCTION announce_label_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('page_invalidation', '*');
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER authors_announce_change AFTER UPDATE OR DELETE ON authors FOR EACH STATEMENT EXECUTE FUNCTION announce_label_change();
--> statement-breakpoint
CREATE TRIGGER categories_announce_change AFTER INSERT OR UPDATE OR DELETE ON categories FOR EACH STATEMENT EXECUTE FUNCTION announce_label_change();
--> statement-breakpoint
CREATE TRIGGER tags_announce_change AFTER UPDATE OR DELETE ON tags FOR EACH STATEMENT EXECUTE FUNCTION announce_label_change();
