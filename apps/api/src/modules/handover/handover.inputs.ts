import { PackageMatch } from '@hoanhap/shared';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DateField, TextField } from '../../common/fields.js';

@InputType({ description: 'Hand a person’s case over to a ward served by another deployment (a signed case package).' })
export class ExportCasePackageInput {
  @Field(() => ID)
  returneeId: string;

  @TextField({ max: 63, notBlank: true, description: 'The receiving deployment’s code, as it registered ours.' })
  toDeploymentCode: string;

  @TextField({ max: 100, nullable: true, description: 'The receiving ward’s code in that deployment, if known.' })
  toUnitCode?: string | null;

  @TextField({
    max: 200,
    notBlank: true,
    description: 'The receiving ward’s name, e.g. "Phường Hồng Bàng, TP Hải Phòng".',
  })
  toUnitName: string;

  @DateField({ description: 'The day the case leaves this deployment (not in the future).' })
  handedOverOn: string;

  @TextField({
    max: 500,
    min: 10,
    tooShort: true,
    description: 'Why, at least 10 characters: audited with the package.',
  })
  reason: string;
}

@ObjectType({ description: 'The signed package, to save as a file and send to the receiving ward; given once.' })
export class ExportedCasePackage {
  @Field(() => String)
  packageId: string;

  @Field(() => String, { description: 'A file name for it, e.g. "ho-so-chuyen-giao-1a2b3c4d.json".' })
  fileName: string;

  @Field(() => String, { description: 'The package, JSON text (docs/api.md, Case packages).' })
  content: string;
}

registerEnumType(PackageMatch, { name: 'PackageMatch' });

@InputType({ description: 'Accept a previewed case package into a ward of yours.' })
export class AcceptCasePackageInput {
  @Field(() => ID)
  packageId: string;

  @Field(() => PackageMatch)
  match: PackageMatch;

  @Field(() => ID, { nullable: true, description: 'With EXISTING: the person on record.' })
  returneeId?: string | null;

  @TextField({ max: 100, notBlank: true, description: 'The ward (in your scope) the person comes into.' })
  unitCode: string;
}

@InputType({ description: 'A partner deployment whose case packages this deployment accepts.' })
export class RegisterPartnerDeploymentInput {
  @TextField({ max: 63, notBlank: true })
  code: string;

  @TextField({ max: 200, notBlank: true })
  name: string;

  @TextField({ max: 2000, notBlank: true, description: 'Its Ed25519 public key: SPKI PEM, or base64 of the DER.' })
  publicKey: string;

  @TextField({ max: 500, nullable: true })
  contact?: string | null;
}

export { PackageMatch };
