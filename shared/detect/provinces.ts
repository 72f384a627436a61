// Birth-registration province codes of the 12-digit personal ID number
// (Circular 07/2016): 001 Hà Nội … 096 Cà Mau, 63 codes. Whether codes changed
// after the 2025 province merger is unconfirmed, so a code outside this list
// lowers the score rather than rejecting the number.
export const CCCD_PROVINCE_CODES = new Set([
  '001', '002', '004', '006', '008', '010', '011', '012', '014', '015', '017', '019', '020', '022', '024', '025',
  '026', '027', '030', '031', '033', '034', '035', '036', '037', '038', '040', '042', '044', '045', '046', '048',
  '049', '051', '052', '054', '056', '058', '060', '062', '064', '066', '067', '068', '070', '072', '074', '075',
  '077', '079', '080', '082', '083', '084', '086', '087', '089', '091', '092', '093', '094', '095', '096',
]);
