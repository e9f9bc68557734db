// The catalogue the CLI classifies against (SPEC 11). The classifier takes it as a parameter,
// so that tests can pass their own.
export { services as catalogue } from '../services/index'
