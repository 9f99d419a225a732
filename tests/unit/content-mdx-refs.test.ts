// What a slide's MDX body refers to: key figures, icons, charts and links to other slides.
import { describe, expect, it } from 'vitest';
import { chartRefs, iconRefs, keyFigureRefs, slideLinkRefs } from '../../src/lib/content/mdx-refs';

describe('references in a slide’s MDX', () => {
  it('finds icons of cards in order of first use, in either quote, after other attributes', () => {
    expect(
      iconRefs(
        '<Card title="A" icon="baby">x</Card><Card icon=\'hart\' /><Card icon="baby" /><Cards icon="nee" />',
      ),
    ).toEqual(['baby', 'hart']);
  });

  it('finds every slide link in order, repeats kept, but not a look-alike component or attribute', () => {
    expect(
      slideLinkRefs(
        '<SlideLink to="a">A</SlideLink> <SlideLink class="x" to=\'b\'>B</SlideLink> <SlideLink to="a">A</SlideLink>' +
          '<SlideLinks to="c" /><SlideLink goto="d" /><SlideLink to="">leeg</SlideLink>',
      ),
    ).toEqual(['a', 'b', 'a']);
    expect(slideLinkRefs('geen links')).toEqual([]);
  });

  it('finds key figures written as KeyFigure or Fact, each once', () => {
    expect(
      keyFigureRefs(
        '<Fact id="x" /><KeyFigure value="1" id=\'y\' /><Fact id="x" /><Facts id="z" /><Fact uid="w" />',
      ),
    ).toEqual(['x', 'y']);
  });

  it('finds charts each once, not a chart id in another attribute or component', () => {
    expect(chartRefs('<Chart id="a" /><Chart title="b" /><ChartTable id="c" /><Chart id="a" />')).toEqual([
      'a',
    ]);
  });
});
