import { ObjectType } from 'type-graphql';
import { CountedConnection } from '../../common/pagination/index.js';
import { SensitiveReveal } from './sensitive-reveal.entity.js';

@ObjectType({ description: 'A page of reveals, newest first.' })
export class SensitiveRevealConnection extends CountedConnection(SensitiveReveal, 'SensitiveReveal') {}
