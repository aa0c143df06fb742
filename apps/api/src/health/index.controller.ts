import { Controller, Get } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';

/**
 * `GET /` for a program or curl: where things are. A browser asking for HTML gets the console instead
 * (web-console.ts answers it before any route), so both meet the root whichever HTTP platform serves it.
 */
@ApiExcludeController()
@Controller()
export class IndexController {
  @Get()
  index() {
    return {
      name: 'Rujukan',
      description: 'Case and referral engine for anti-trafficking (TPPO) services; open / in a browser for the console',
      links: { docs: '/docs', openapi: '/docs-json', health: '/health' },
    };
  }
}
