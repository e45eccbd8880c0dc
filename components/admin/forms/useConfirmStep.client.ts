'use client';

import { useEffect, useId, useRef, useState } from 'react';

/**
 * The inline "are you sure?" step of a button that cannot be undone. `ask(question)` shows the
 * question and moves focus to the confirming button; `cancel()` puts focus back on the button
 * that asked; a new `answer` from the server (the action's result) ends the question. The
 * confirming button is described by the question (`questionId`), for screen readers.
 *
 *   const confirm = useConfirmStep<string>(state);
 *   <button ref={confirm.startRef} onClick={() => confirm.ask('Merge “A” into “B”?')}>…
 *   {confirm.asking && <p id={confirm.questionId}>{confirm.asking}</p>}
 */
export function useConfirmStep<Question>(answer: unknown) {
  const [asking, setAsking] = useState<Question | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const focusStart = useRef(false);
  const questionId = useId();

  useEffect(() => {
    if (asking !== null) confirmRef.current?.focus();
    else if (focusStart.current) {
      focusStart.current = false;
      startRef.current?.focus();
    }
  }, [asking]);
  // The answer replaces the question (state adjusted while rendering, not in an effect).
  const [answered, setAnswered] = useState(answer);
  if (answer !== answered) {
    setAnswered(answer);
    setAsking(null);
  }

  return {
    asking,
    questionId,
    confirmRef,
    startRef,
    ask: (question: Question) => setAsking(question),
    /** The person changed what the question was about: ask again on the next press. */
    drop: () => setAsking(null),
    cancel: () => {
      focusStart.current = true;
      setAsking(null);
    },
  };
}
