import { describe, expect, it } from 'vitest';
import { categories } from '@/lib/demo/catalog';
import { demoArticles } from '@/lib/demo/articles';

const words = (markdown: string) => markdown.split(/\s+/).filter(Boolean).length;

describe('demo articles', () => {
  it('are at least 60 finished pieces spread over every category and the last 90 days', () => {
    expect(demoArticles.length).toBeGreaterThanOrEqual(60);
    expect(new Set(demoArticles.map((a) => a.slug)).size).toBe(demoArticles.length);
    for (const category of categories) expect(demoArticles.filter((a) => a.category === category.slug).length).toBeGreaterThanOrEqual(8);
    const ages = demoArticles.map((a) => a.publishedDaysAgo);
    expect(Math.min(...ages)).toBeLessThan(1);
    expect(Math.max(...ages)).toBeGreaterThan(80);
    expect(Math.max(...ages)).toBeLessThanOrEqual(90);
  });

  it.each(demoArticles.map((a) => [a.slug, a] as const))('%s reads like a finished piece', (_, article) => {
    expect(words(article.body)).toBeGreaterThanOrEqual(400);
    expect(words(article.body)).toBeLessThanOrEqual(1200);
    expect(article.body.match(/^## \S/gm)?.length ?? 0).toBeGreaterThanOrEqual(3);
    expect(article.body).not.toMatch(/^# /m);
    expect(article.keyPoints.length).toBeGreaterThanOrEqual(3);
    expect(article.keyPoints.length).toBeLessThanOrEqual(4);
    expect(article.dek.length).toBeGreaterThan(20);
    expect(article.summary.length).toBeGreaterThan(50);
    expect(article.summary.length).toBeLessThanOrEqual(500);
  });

  it('include the listed miner that turns to AI data centres as bitcoin falls from its record', () => {
    const story = demoArticles.find((a) => a.category === 'mining' && a.tags.includes('data-centers') && a.tags.includes('ai'));
    expect(story?.body).toMatch(/125,/);
    expect(story?.body).toMatch(/10[45],/);
  });
});
