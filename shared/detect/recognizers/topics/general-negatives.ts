// Words that make a topic phrase general rather than about someone: figures,
// campaigns, plans ("số vụ phạm tội giảm 17%", "tỷ lệ đảng viên trẻ").
// Every topic adds them to its own negatives.
export const GENERAL_NEGATIVES: readonly string[] = [
  'số vụ', 'số ca', 'số người', 'tổng số', 'số bị cáo', 'số bị can', 'số đối tượng', 'trong đó nữ', 'tỷ lệ', 'tỉ lệ', 'so với', 'cùng kỳ', 'năm trước', 'tháng trước', 'thống kê',
  'tiếp nhận', 'báo cáo tổng hợp', 'khảo sát', 'tuyên truyền', 'chiến dịch', 'hội thảo', 'hội nghị', 'tập huấn',
  'kế hoạch', 'chương trình', 'chính sách', 'quy định', 'nghị định', 'thông tư', 'luật', 'bắt buộc', 'phải xác thực',
  'theo quy định', 'người dân', 'cộng đồng', 'toàn tỉnh', 'toàn quốc', 'toàn huyện', 'trên địa bàn', 'nhóm tuổi', 'độ tuổi', 'lứa tuổi', 'dân số', 'du khách',
];
