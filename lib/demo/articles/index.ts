import type { DemoArticle } from '../catalog';
import { aiInfrastructureArticles } from './ai-infrastructure';
import { bitcoinArticles } from './bitcoin';
import { ethereumArticles } from './ethereum';
import { marketsArticles } from './markets';
import { miningArticles } from './mining';
import { regulationArticles } from './regulation';

export const demoArticles: DemoArticle[] = [
  ...bitcoinArticles,
  ...ethereumArticles,
  ...marketsArticles,
  ...miningArticles,
  ...regulationArticles,
  ...aiInfrastructureArticles,
];
