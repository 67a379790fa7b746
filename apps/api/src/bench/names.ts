import { normalizeName } from '@hoanhap/shared';

/*
 * Vietnamese names for synthetic people: family + middle + given. Family names repeat in
 * proportion to how common they are (Nguyễn about a third, then Trần, Lê, Phạm...), so a search
 * for "nguyen" finds as large a share as it would in a real ward.
 */
const FAMILY: Array<[string, number]> = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9],
  ['Phạm', 7],
  ['Hoàng', 5],
  ['Huỳnh', 4],
  ['Phan', 4],
  ['Vũ', 4],
  ['Võ', 3],
  ['Đặng', 2],
  ['Bùi', 2],
  ['Đỗ', 2],
  ['Hồ', 2],
  ['Ngô', 2],
  ['Dương', 1],
  ['Lý', 1],
  ['Đinh', 1],
  ['Trịnh', 1],
  ['Mai', 1],
];
const MIDDLE_MALE = ['Văn', 'Đức', 'Minh', 'Quốc', 'Hữu', 'Công', 'Thành', 'Xuân', 'Đình', 'Ngọc', 'Mạnh', 'Trọng'];
const MIDDLE_FEMALE = ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Kim', 'Thị Thu', 'Hồng', 'Diệu'];
const GIVEN_MALE = [
  'Hùng',
  'Dũng',
  'Tuấn',
  'Minh',
  'Nam',
  'Long',
  'Hải',
  'Sơn',
  'Phong',
  'Quang',
  'Thắng',
  'Cường',
  'Hiếu',
  'Đức',
  'Tùng',
  'Bình',
  'Hòa',
  'Khánh',
  'Lâm',
  'Việt',
  'Trung',
  'Kiên',
  'Toàn',
  'Thịnh',
  'Phúc',
  'An',
  'Hưng',
  'Tiến',
  'Vinh',
  'Đạt',
  'Huy',
  'Quân',
  'Tâm',
  'Lộc',
  'Nghĩa',
  'Thái',
];
const GIVEN_FEMALE = [
  'Lan',
  'Hương',
  'Hoa',
  'Mai',
  'Linh',
  'Trang',
  'Hằng',
  'Nga',
  'Thảo',
  'Yến',
  'Hạnh',
  'Phương',
  'Loan',
  'Dung',
  'Hà',
  'Huyền',
  'Oanh',
  'Nhung',
];

/** One list as the database receives it: the names and, at the same index, their search form. */
export interface NameList {
  names: string[];
  search: string[];
}

/** The search form is the product's own `normalizeName`, applied part by part (parts have no outer spaces). */
function list(names: string[]): NameList {
  return { names, search: names.map(normalizeName) };
}

export const NAME_LISTS = {
  family: list(FAMILY.flatMap(([name, weight]) => Array<string>(weight).fill(name))),
  middleMale: list(MIDDLE_MALE),
  middleFemale: list(MIDDLE_FEMALE),
  givenMale: list(GIVEN_MALE),
  givenFemale: list(GIVEN_FEMALE),
};
