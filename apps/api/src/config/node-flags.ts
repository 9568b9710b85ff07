// The V8 heap limits the API runs with: `npm start`, the Dockerfile and the benchmark's API processes
// (node-flags.spec.ts keeps the three in step). Without them V8 sizes its heap from the machine's memory
// (gigabytes here) and collects lazily: under sustained load each process grew from about 230 MB to
// 450–510 MB resident, garbage not yet collected rather than a leak. With a 192 MB old space and 8 MB
// semi-spaces the same load stays under 300 MB and about flat, with no measured cost in latency, and the
// largest answer the API gives, an audit CSV export near its 16 MB limit, peaks at 289 MB (README,
// Benchmarks: "Memory").
export const API_NODE_FLAGS = ['--max-old-space-size=192', '--max-semi-space-size=8'] as const;
