import { ObjectType } from 'type-graphql';
import { CountedConnection } from '../../common/pagination/index.js';
import { User } from '../auth/user.entity.js';

@ObjectType({ description: 'A page of user accounts, by email.' })
export class UserConnection extends CountedConnection(User, 'User') {}
