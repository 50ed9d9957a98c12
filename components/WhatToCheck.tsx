import type { JSX } from 'preact';

/** What to check before saving the person shown, or that the page stated everything plainly. */
export function WhatToCheck(props: { name?: string; checks: string[] }): JSX.Element {
  const who = props.name ? `${props.name}: ` : '';
  if (props.checks.length === 0)
    return (
      <p class="hint checks">
        {who}
        {who ? 'nothing' : 'Nothing'} to check, the page states it in its markup.
      </p>
    );
  return (
    <div class="hint checks">
      <span>
        {who}
        {who ? 'please' : 'Please'} check
      </span>
      <ul>
        {props.checks.map((check) => (
          <li key={check}>{check}</li>
        ))}
      </ul>
    </div>
  );
}
