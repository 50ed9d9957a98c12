import type { JSX } from 'preact';
import { t } from '@/lib/i18n';

/** What to check before saving the person shown, or that the page stated everything plainly. */
export function WhatToCheck(props: { name?: string; checks: string[] }): JSX.Element {
  const { name } = props;
  if (props.checks.length === 0)
    return <p class="hint checks">{name ? t('checks_nothing_for', { name }) : t('checks_nothing')}</p>;
  return (
    <div class="hint checks">
      <span>{name ? t('checks_please_for', { name }) : t('checks_please')}</span>
      <ul>
        {props.checks.map((check) => (
          <li key={check}>{check}</li>
        ))}
      </ul>
    </div>
  );
}
