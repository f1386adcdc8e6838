// autocannon ships no types; the bench uses this much of it.
declare module 'autocannon' {
  interface Histogram {
    average: number;
    p50: number;
    p99: number;
    total: number;
  }
  interface Request {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    setupRequest?: (request: Request) => Request;
  }
  namespace autocannon {
    interface Result {
      requests: Histogram;
      latency: Histogram;
      non2xx: number;
      errors: number;
    }
  }
  function autocannon(options: {
    url: string;
    method?: string;
    connections?: number;
    duration?: number;
    requests?: Request[];
  }): Promise<autocannon.Result>;
  export default autocannon;
}
