import { CampaignKind } from '@hoanhap/shared';
import { ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity.js';
import { BelongsTo, DateColumn, EnumColumn, TextColumn } from '../../common/columns.js';
import { AdministrativeUnit } from '../units/administrative-unit.entity.js';

registerEnumType(CampaignKind, { name: 'CampaignKind' });

/**
 * A wave of releases handled together (an amnesty decision, a prison's bulk list), owned by a city,
 * province or ward; its people's release notices point at it. Not personal data.
 */
@ObjectType({ description: 'An amnesty or bulk-release campaign (đợt đặc xá / tiếp nhận theo danh sách).' })
@Entity({ name: 'campaign' })
@Index(['unitId', 'decisionDate'])
export class Campaign extends BaseRecord {
  @Column({ type: 'uuid' })
  unitId: string;

  @EnumColumn(CampaignKind, 'campaign_kind')
  kind: CampaignKind;

  @TextColumn({ description: 'E.g. "Đặc xá năm 2025".' })
  name: string;

  @TextColumn({ nullable: true, description: 'Number of the decision, e.g. "266/QĐ-CTN".' })
  decisionNumber: string | null;

  @DateColumn({ nullable: true, description: 'Date of the decision.' })
  decisionDate: string | null;

  @TextColumn({ nullable: true })
  notes: string | null;

  @BelongsTo(() => AdministrativeUnit, { column: 'unit_id', nullable: false, onDelete: 'RESTRICT' })
  unit?: Relation<AdministrativeUnit>;
}
