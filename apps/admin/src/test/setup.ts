import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// findBy…/waitFor give up after 1 s by default. On two cores shared with the API's suites a react-admin
// page can take longer than that to load its mocked data and render (seen in CI: a show page's button
// not yet there after 1 s). What a test waits for must still appear; only the patience is longer.
configure({ asyncUtilTimeout: 10_000 });
