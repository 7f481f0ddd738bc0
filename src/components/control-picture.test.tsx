import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CheckboxPicture, RangePicture, SelectPicture } from './control-picture';

describe('control pictures', () => {
  it('draw a select with every option (its width) and only the chosen one showing', () => {
    const options = [
      ['a', 'Short'],
      ['b', 'The longest option'],
      ['c', 'Mid'],
    ] as const;
    const { container } = render(<SelectPicture options={options} value="c" />);
    const parts = [...container.querySelectorAll('.select-picture > span')];
    expect(parts.map((part) => part.textContent)).toEqual(['Short', 'The longest option', 'Mid']);
    expect(parts.map((part) => part.classList.contains('select-picture-other'))).toEqual([
      true,
      true,
      false,
    ]);
    // A select whose width the CSS sets needs only the chosen option's words.
    const sized = render(<SelectPicture options={options} value="b" widest={false} />);
    expect(sized.container.textContent).toBe('The longest option');
  });

  it('draw a slider thumb where the value is, and a ticked or empty box', () => {
    const { container } = render(
      <>
        <RangePicture className="slider" value={1} max={4} />
        <RangePicture className="slider" value={0} max={0} />
        <CheckboxPicture checked />
        <CheckboxPicture checked={false} />
      </>,
    );
    const ranges = container.querySelectorAll<HTMLElement>('.range-picture.slider');
    expect([...ranges].map((range) => range.style.getPropertyValue('--range-at'))).toEqual([
      '0.25',
      '0',
    ]);
    const boxes = container.querySelectorAll('.checkbox-picture');
    expect([...boxes].map((box) => box.classList.contains('checkbox-picture--checked'))).toEqual([
      true,
      false,
    ]);
  });
});
