import { describe, expect, it } from 'vitest';
import { siteContext } from './site.ts';

function view(opts: { href: string; origin?: string; top?: unknown; ancestors?: string[]; referrer?: string; selfOrigin?: string }) {
  const self = {};
  const ancestors = opts.ancestors;
  return {
    location: {
      href: opts.href,
      origin: opts.origin ?? new URL(opts.href).origin,
      ancestorOrigins: ancestors ? Object.assign([...ancestors], { length: ancestors.length }) : undefined,
    },
    origin: opts.selfOrigin,
    top: opts.top ?? self,
    self,
    document: { referrer: opts.referrer ?? '' },
  };
}

describe('siteContext', () => {
  it('uses the page itself in the top frame', () => {
    expect(siteContext(view({ href: 'https://chat.example.com/c/1' }))).toEqual({
      topUrl: 'https://chat.example.com/c/1',
      site: 'https://chat.example.com',
    });
  });

  it('reads a same-origin top and adds no frame origin', () => {
    const top = { location: { href: 'https://a.example/page' } };
    expect(siteContext(view({ href: 'https://a.example/frame', top }))).toEqual({
      topUrl: 'https://a.example/page',
      site: 'https://a.example',
    });
  });

  it('names the top by its ancestor origin from a cross-origin frame', () => {
    const top = {
      get location(): never {
        throw new Error('cross-origin');
      },
    };
    const ctx = siteContext(view({ href: 'https://widget.example/f', top, ancestors: ['https://mid.example', 'https://top.example'] }));
    expect(ctx.site).toBe('https://top.example');
    expect(ctx.frameOrigin).toBe('https://widget.example');
  });

  it('falls back to the referrer when ancestorOrigins is missing (Firefox)', () => {
    const top = {
      get location(): never {
        throw new Error('cross-origin');
      },
    };
    const ctx = siteContext(view({ href: 'https://widget.example/f', top, referrer: 'https://top.example/x?y' }));
    expect(ctx.site).toBe('https://top.example');
  });

  it('gives an about:blank frame its creator origin', () => {
    const top = { location: { href: 'http://127.0.0.1:8080/page' } };
    const ctx = siteContext(view({ href: 'about:blank', origin: 'null', selfOrigin: 'http://127.0.0.1:8080', top }));
    expect(ctx).toEqual({ topUrl: 'http://127.0.0.1:8080/page', site: 'http://127.0.0.1:8080' });
  });
});
