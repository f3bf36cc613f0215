import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error.ts';

const MAX_RETRIES = 2;

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    // a 401 anywhere means the session ended: ask again who is signed in, and the login screen shows
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (isApiError(error) && error.status === 401 && query.queryKey[0] !== 'session') {
          void client.invalidateQueries({ queryKey: ['session'] });
        }
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // a 4xx or a malformed answer will not improve by asking again
        retry: (failures, error) => failures < MAX_RETRIES && (!isApiError(error) || error.isTransient),
      },
    },
  });
  return client;
}
