// Short excerpts of real provincial plans and reports on Decree 13/2023
// (public administrative documents): the policy prose a DLP tool sees all day
// and must leave alone.
export const POLICY_PROSE: readonly string[] = [
  'Tiếp nhận, đánh giá, phản hồi đối với thông tin vi phạm quy định về bảo vệ dữ liệu cá nhân.',
  'Kiểm tra việc thực hiện các quy định của pháp luật về bảo vệ dữ liệu cá nhân; giải quyết khiếu nại, tố cáo và xử lý vi phạm pháp luật về bảo vệ dữ liệu cá nhân theo quy định của pháp luật.',
  'Đơn vị thực hiện: Công an tỉnh chủ trì, phối hợp với đơn vị có liên quan tổ chức thực hiện.',
  'Sở Công Thương nhận định, Nghị định số 13/2023/NĐ-CP là căn cứ để xử lý triệt để vấn đề tài khoản ngân hàng không chính chủ, các hoạt động lừa đảo trực tuyến cũng sẽ giảm theo.',
  'Rà soát, đánh giá quy trình thu thập, xử lý dữ liệu cá nhân, đề xuất ban hành các biện pháp quản lý phù hợp với quy mô, mức độ xử lý dữ liệu cá nhân của cơ quan, đơn vị mình.',
  'Tổ chức tuyên truyền sâu rộng trên các phương tiện thông tin đại chúng, nhất là những nội dung được dư luận quan tâm, đồng thời có tin, bài phản ánh kịp thời về tình hình triển khai, thi hành.',
  'Văn phòng Ủy ban nhân dân tỉnh trân trọng đề nghị các cơ quan, đơn vị, địa phương khẩn trương phối hợp triển khai, thực hiện./.',
  'Thực hiện nghiêm việc kết nối, chia sẻ thông tin dữ liệu đúng quy định. Không tự ý kết nối, chia sẻ thông tin, dữ liệu với các hệ thống khác.',
  'Sở tiếp tục khuyến cáo CBCC, VC, NLĐ, người dân, doanh nghiệp, hộ kinh doanh nâng cao ý thức và trách nhiệm, hạn chế cung cấp thông tin cá nhân trong khi giao dịch, mua bán hàng hóa.',
  'Tham mưu, hướng dẫn các sở, ban, ngành, đoàn thể, tổ chức, doanh nghiệp trên địa bàn tỉnh rà soát, xác định, phân loại dữ liệu cá nhân cơ bản, dữ liệu cá nhân nhạy cảm.',
  'Tiếp nhận, đánh giá, phản hồi đối với hồ sơ đánh giá tác động chuyển dữ liệu cá nhân ra nước ngoài.',
  'Thành lập lực lượng chuyên trách bảo vệ dữ liệu cá nhân trong tỉnh; ban hành kèm theo quy chế làm việc của lực lượng chuyên trách.',
  'Việc dữ liệu cá nhân bị xâm phạm là yếu tố thuận lợi phục vụ cho các hoạt động lừa đảo chiếm đoạt tài sản trên không gian mạng; lừa đảo thông qua nhắn tin, gọi điện bằng sim rác.',
  'Việc triển khai phải đồng bộ, nghiêm túc, thiết thực, đúng chức năng và phân công nhiệm vụ; có sự phối hợp chặt chẽ giữa các sở, ban, ngành, đoàn thể và các đơn vị liên quan.',
  'Lồng ghép triển khai, chỉ đạo nhiệm vụ bảo vệ dữ liệu cá nhân trong các Kế hoạch triển khai nhiệm vụ chuyển đổi số, ứng dụng công nghệ thông tin, cải cách hành chính hàng năm.',
  'Trong quá trình triển khai thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Công an tỉnh để tổng hợp, báo cáo đề xuất Ủy ban nhân dân tỉnh xem xét, chỉ đạo./.',
];

/** Phrases where a place or a famous name is not anyone's address or name. */
export const INSTITUTIONAL_PHRASES: readonly string[] = [
  'Cơ sở dữ liệu quốc gia về dân cư',
  'Cổng Dịch vụ công quốc gia',
  'Hệ thống thông tin giải quyết thủ tục hành chính tỉnh',
  'Trung tâm Phục vụ hành chính công',
  'Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05)',
];
