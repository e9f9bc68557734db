import type { ServiceInfo } from '../src/services/types'
export function renderServicesDoc(services: ServiceInfo[]): string
