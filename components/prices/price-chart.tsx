'use client';

import type { UTCTimestamp } from 'lightweight-charts';
import { useEffect, useRef, useState } from 'react';
import { formatUsd } from '@/lib/content/format';
import { Sparkline } from './sparkline';

type Props = { points: { time: number; value: number }[]; label: string };

/**
 * An interactive chart once JavaScript runs; until then (or without it) a static SVG line of the same points.
 * lightweight-charts is loaded after hydration, so it is not part of the page's first-load JavaScript.
 */
export function PriceChart({ points, label }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState(false);

  useEffect(() => {
    const element = container.current;
    if (!element || points.length < 2) return;
    let remove: (() => void) | undefined;
    let cancelled = false;
    void import('lightweight-charts').then(({ AreaSeries, ColorType, createChart }) => {
      if (cancelled) return;
      const dark = matchMedia('(prefers-color-scheme: dark)').matches;
      const chart = createChart(element, {
        autoSize: true,
        layout: { background: { type: ColorType.Solid, color: 'transparent' }, textColor: dark ? '#d4d4d8' : '#3f3f46' },
        grid: { vertLines: { visible: false }, horzLines: { color: dark ? '#27272a' : '#e4e4e7' } },
        timeScale: { timeVisible: true, secondsVisible: false },
        localization: { priceFormatter: formatUsd },
      });
      const rising = points.at(-1)!.value >= points[0]!.value;
      const series = chart.addSeries(AreaSeries, {
        lineColor: rising ? '#059669' : '#dc2626',
        topColor: rising ? 'rgba(5,150,105,0.3)' : 'rgba(220,38,38,0.3)',
        bottomColor: 'rgba(0,0,0,0)',
        lineWidth: 2,
      });
      series.setData(points.map((p) => ({ time: p.time as UTCTimestamp, value: p.value })));
      chart.timeScale().fitContent();
      remove = () => chart.remove();
      setDrawn(true);
    });
    return () => {
      cancelled = true;
      remove?.();
    };
  }, [points]);

  return (
    <figure aria-label={label} className="relative h-72 w-full sm:h-96">
      <div ref={container} className="absolute inset-0" />
      {!drawn && (
        <div className="absolute inset-0 flex items-center">
          <Sparkline values={points.map((p) => p.value)} label={label} width={800} height={280} className="h-full w-full" />
        </div>
      )}
    </figure>
  );
}
