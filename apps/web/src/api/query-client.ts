import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error.ts';

const MAX_RETRIES = 2;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // a 4xx or a malformed answer will not improve by asking again
        retry: (failures, error) => failures < MAX_RETRIES && (!isApiError(error) || error.isTransient),
      },
    },
  });
}
