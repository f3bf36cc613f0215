import { DEFAULT_DOMAINS } from '@regiekaart/model';
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { t } from '../i18n/catalogue.ts';
import { domainsQuery } from './vocabulary.ts';

const defaults = new Map<string, string>(DEFAULT_DOMAINS.map((d) => [d.code, d.label]));

/** Domain code to label; until /api/domains answers (or if it fails) the default labels serve. */
export function useDomainLabels(): (code: string | null | undefined) => string {
  const { data } = useQuery(domainsQuery());
  return useCallback(
    (code) => {
      if (!code) return t.vocabulary.unknownDomain;
      return data?.items.find((d) => d.code === code)?.label ?? defaults.get(code) ?? code;
    },
    [data],
  );
}
