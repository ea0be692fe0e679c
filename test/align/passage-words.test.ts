// Saying a skipped passage once: the small steps that clean what a recogniser wrote down of speech.
import { describe, expect, it } from 'vitest';
import { collapseRepeats, dropAbandonedStarts, dropRestartsInSentence, novelty, passageWord, runsSaidTwice, sameStem } from '../../src/align/passage-words.ts';

const words = (text: string) => text.split(' ').map(passageWord);
const said = (list: ReturnType<typeof words>) => list.map((w) => w.text).join(' ');

describe('collapseRepeats', () => {
  it('says a phrase said twice back to back once, keeping the second', () => {
    expect(said(collapseRepeats(words("I don't think, I don't think the cost function analogy is the most useful.")))).toBe(
      "I don't think the cost function analogy is the most useful.",
    );
    expect(said(collapseRepeats(words('that would be, yes, this is this is this is this is progress.')))).toBe('that would be, yes, this is progress.');
    expect(said(collapseRepeats(words('And it gets and it gets the worst exactly at the point')))).toBe('And it gets the worst exactly at the point');
  });

  it('moves the capital of a sentence that started with the first copy to the second', () => {
    expect(said(collapseRepeats(words('I obtained this result. The first, the first moment in which I realized')))).toBe(
      'I obtained this result. The first moment in which I realized',
    );
  });

  it('drops hesitations, and a stutter inside a repeat before the repeat itself', () => {
    expect(said(collapseRepeats(words('um, we train a big neural neural network a big neural network uh today')))).toBe('we train a big neural network today');
  });

  it('keeps a phrase that ends one clause and starts the next', () => {
    const rhetorical = 'if you can train a big neural network, a big neural network can represent very complicated function.';
    expect(said(collapseRepeats(words(rhetorical)))).toBe(rhetorical);
    expect(said(collapseRepeats(words('when you transfer it, it could very quickly adapt')))).toBe('when you transfer it, it could very quickly adapt');
    // Unless it is a restart: a pronoun or a preposition opens it.
    expect(said(collapseRepeats(words('they apply in almost the same way, in almost the same way to the different modalities')))).toBe(
      'they apply in almost the same way to the different modalities',
    );
  });
});

describe('dropAbandonedStarts and dropRestartsInSentence', () => {
  it('drops a start abandoned after a word or two', () => {
    expect(said(dropAbandonedStarts(collapseRepeats(words('And I think that changing that would be would would that would inspire me'))))).toBe(
      'And I think that changing that would inspire me',
    );
    expect(said(dropAbandonedStarts(words('You are you have a huge neural network')))).toBe('You have a huge neural network');
  });

  it('drops a phrase begun, dropped and begun again a few words on', () => {
    expect(said(dropRestartsInSentence(words('an aggregation of the day of the neural of the entirety of the neural nets experience.')))).toBe(
      'an aggregation of the day of the entirety of the neural nets experience.',
    );
  });

  it('keeps phrases said twice in two sentences, or joined by "and", "or" or a comma', () => {
    for (const text of [
      'Hey, what do you think about this? What do you think about that?',
      'The thing that was missing was a lot of supervised data and a lot of compute.',
      'you can have a simple meal and be quite happy as a result, or you can talk to someone and be happy as a result as well.',
    ]) {
      expect(said(dropRestartsInSentence(words(text)))).toBe(text);
    }
  });
});

describe('what a passage says that its place does not', () => {
  it('counts a phrase said again nearby as repeated, a word said again on its own as new', () => {
    const nearby = words('you look at a human being, you can not read their mind.');
    const n = novelty(words('How do you know what a human being is thinking?'), nearby);
    expect(n.repeated).toBe(3);
    expect(n.fresh).toBe(1);
    expect(novelty(words('so evolution does not work'), words('So, if evolution does not really have a cost function')).fresh).toBe(1);
  });

  it('takes "data set" for "dataset" and "emerges" for "emerge"', () => {
    expect(novelty(words('in your data set'), words('your training dataset')).repeated).toBe(2);
    expect(sameStem('emerge', 'emerges')).toBe(true);
    expect(sameStem('train', 'training')).toBe(true);
    expect(sameStem('model', 'modern')).toBe(false);
  });

  it('finds runs said twice within a few words, not farther', () => {
    const text = words('do you think that is an emergent thing that just comes from do you think consciousness could emerge');
    expect(runsSaidTwice(text, 3, 12)).toEqual([[0, 12]]);
    expect(runsSaidTwice(text, 3, 11)).toEqual([]);
  });
});
