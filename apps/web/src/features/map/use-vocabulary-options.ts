import { DEFAULT_DOMAINS, DEFAULT_LINK_KINDS } from '@regiekaart/model';
import { useQuery } from '@tanstack/react-query';
import { domainsQuery, linkKindsQuery } from '../../api/vocabulary.ts';

export type ChoiceOption = { value: string; label: string };

const toOptions = (items: readonly { code: string; label: string }[]): ChoiceOption[] =>
  items.map((i) => ({ value: i.code, label: i.label }));

/** Domains for pick-lists; the defaults serve until /api/domains answers. */
export function useDomainOptions(): ChoiceOption[] {
  const { data } = useQuery(domainsQuery());
  return toOptions(data?.items ?? DEFAULT_DOMAINS);
}

export function useLinkKindOptions(): ChoiceOption[] {
  const { data } = useQuery(linkKindsQuery());
  return toOptions(data?.items ?? DEFAULT_LINK_KINDS);
}

/** Code to label for tie kinds. */
export function useLinkKindLabel(): (code: string) => string {
  const options = useLinkKindOptions();
  return (code) => options.find((o) => o.value === code)?.label ?? code;
}
