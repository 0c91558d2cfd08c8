package cn.jianwu.disclosure.attachment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.jianwu.disclosure.StaffApi;
import cn.jianwu.disclosure.StaffApi.Response;
import cn.jianwu.events.AttachmentRef;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.DisclosureRevised;
import cn.jianwu.events.Topics;
import cn.jianwu.testsupport.TestEvents;
import cn.jianwu.testsupport.TestInfrastructure;
import cn.jianwu.testsupport.TestKafka;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static cn.jianwu.disclosure.StaffApi.assertProblem;
import static cn.jianwu.disclosure.StaffApi.status;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attachments through the HTTP API with real tokens, real files (PDFs made with PDFBox,
 * images with ImageIO), on real PostgreSQL and Kafka. The size limits are set low so that
 * "too large" needs no large file.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "jianwu.demo.enabled=true", "jianwu.demo.items=false", "jianwu.attachments.max-size=64KB",
				"spring.servlet.multipart.max-file-size=128KB", "spring.servlet.multipart.max-request-size=256KB" })
class AttachmentIT {

	/** A fictional resident ID number with a valid check digit. */
	static final String ID_NUMBER = "14010519850312457X";

	static final String PHONE = "13803512468";

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestInfrastructure.postgres(registry);
		TestInfrastructure.kafka(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	StaffApi api;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@BeforeEach
	void api() {
		this.api = new StaffApi(this.port);
	}

	@Test
	void anUnredactedPdfBlocksSubmissionAndCleanFilesArePublishedWithTheItem() {
		String id = draft("clerk1", "[\"王建国\"]");
		byte[] original = TestFiles.pdf("Decision of non-prosecution. ID " + ID_NUMBER + ", phone " + PHONE + ".");
		Response uploaded = upload("clerk1", id, "不起诉决定书（原件）.pdf", "application/pdf", original);
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		assertThat(uploaded.<String>read("$.fileName")).isEqualTo("不起诉决定书（原件）.pdf");
		assertThat(uploaded.<String>read("$.mediaType")).isEqualTo("application/pdf");
		assertThat(uploaded.<Integer>read("$.size")).as("the published copy's").isPositive();
		assertThat(uploaded.<Boolean>read("$.textExtracted")).isTrue();
		assertThat(uploaded.<String>read("$.textStatus")).isEqualTo("COMPLETE");
		String originalId = uploaded.read("$.id");
		assertThat(this.jdbc.queryForObject("select extracted_text from attachment where id = ?::uuid", String.class,
				originalId))
			.contains(ID_NUMBER)
			.contains(PHONE);

		Response refused = this.api.as("clerk1", "POST", "/api/disclosures/" + id + "/submit", null);
		assertProblem(refused, 422, "unredacted-identifier");
		assertThat(refused.<String>read("$.detail")).contains("不起诉决定书（原件）.pdf", "公民身份号码", "电话号码", "脱敏")
			.doesNotContain(ID_NUMBER)
			.doesNotContain(PHONE);
		assertThat(refused.body()).doesNotContain(ID_NUMBER).doesNotContain(PHONE);

		Response staffView = this.api.as("clerk1", "GET", "/api/disclosures/" + id, null);
		assertThat(staffView.<List<String>>read("$.attachments[*].id")).containsExactly(originalId);
		assertThat(staffView.<List<Boolean>>read("$.attachments[*].textExtracted")).containsExactly(true);
		assertThat(staffView.body()).as("the text stays internal").doesNotContain(ID_NUMBER);
		Download staffCopy = download("clerk1", "/api/disclosures/" + id + "/attachments/" + originalId);
		assertThat(staffCopy.status()).isEqualTo(200);
		assertThat(staffCopy.body()).isEqualTo(original);

		assertThat(
				this.api.as("clerk1", "DELETE", "/api/disclosures/" + id + "/attachments/" + originalId, null).status())
			.isEqualTo(204);
		byte[] redacted = TestFiles.pdf("Decision of non-prosecution. ID [removed], phone [removed].");
		byte[] photo = TestFiles.png(48, 32);
		String redactedId = upload("clerk1", id, "不起诉决定书.pdf", "application/pdf", redacted).read("$.id");
		// The browser's claim does not count: the content is a PNG.
		Response image = upload("clerk1", id, "现场照片.png", "application/octet-stream", photo);
		assertThat(image.<String>read("$.mediaType")).isEqualTo("image/png");
		assertThat(image.<Boolean>read("$.textExtracted")).isFalse();
		String photoId = image.read("$.id");

		assertThat(status(this.api.as("clerk1", "POST", "/api/disclosures/" + id + "/submit", null)))
			.isEqualTo("PENDING_REVIEW");
		assertThat(status(this.api.as("head1", "POST", "/api/disclosures/" + id + "/approve", "{}")))
			.isEqualTo("PENDING_APPROVAL");
		assertThat(status(this.api.as("leader1", "POST", "/api/disclosures/" + id + "/approve", "{}")))
			.isEqualTo("PUBLISHED");

		DisclosurePublished event = (DisclosurePublished) TestEvents
			.await(TestKafka.bootstrapServers(), Topics.DISCLOSURE_EVENTS,
					(received) -> received.payload() instanceof DisclosurePublished published
							&& published.itemId().equals(id),
					Duration.ofSeconds(20))
			.get(0)
			.event()
			.payload();
		assertThat(event.attachments()).extracting(AttachmentRef::id).containsExactly(redactedId, photoId);
		assertThat(event.attachments()).extracting(AttachmentRef::fileName).containsExactly("不起诉决定书.pdf", "现场照片.png");
		assertThat(event.attachments()).extracting(AttachmentRef::mediaType)
			.containsExactly("application/pdf", "image/png");
		List<Integer> sizes = this.api.as("clerk1", "GET", "/api/disclosures/" + id, null)
			.read("$.attachments[*].size");
		assertThat(event.attachments()).extracting(AttachmentRef::size)
			.containsExactly((long) sizes.get(0), (long) sizes.get(1));
		assertThat(event.attachments()).extracting(AttachmentRef::url)
			.containsExactly("http://localhost:8080/api/public/items/" + id + "/attachments/" + redactedId,
					"http://localhost:8080/api/public/items/" + id + "/attachments/" + photoId);

		Response publicItem = this.api.anonymous("GET", "/api/public/items/" + id, null);
		assertThat(publicItem.<List<String>>read("$.attachments[*].id")).containsExactly(redactedId, photoId);
		assertThat(publicItem.<List<String>>read("$.attachments[*].url")).allMatch((url) -> url.startsWith("http"));
		assertThat(this.api.anonymous("GET", "/api/public/items?size=100", null)
			.<List<String>>read("$.items[?(@.id == '" + id + "')].attachments[*].id"))
			.containsExactly(redactedId, photoId);

		Download pdf = download(null, "/api/public/items/" + id + "/attachments/" + redactedId);
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.contentType()).isEqualTo("application/pdf");
		assertThat(pdf.body()).as("a copy without metadata").startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
		assertThat(pdf.body()).hasSize(sizes.get(0));
		assertThat(pdf.header("Content-Disposition")).startsWith("attachment")
			.contains("filename*=UTF-8''%E4%B8%8D%E8%B5%B7%E8%AF%89%E5%86%B3%E5%AE%9A%E4%B9%A6.pdf");
		assertThat(pdf.header("X-Content-Type-Options")).isEqualTo("nosniff");
		Download png = download(null, "/api/public/items/" + id + "/attachments/" + photoId);
		assertThat(png.contentType()).isEqualTo("image/png");
		assertThat(png.body()).hasSize(sizes.get(1));
		assertThat(download(null, "/api/public/items/" + id + "/attachments/" + originalId).status())
			.as("the deleted original")
			.isEqualTo(404);
		assertThat(download(null, "/api/disclosures/" + id + "/attachments/" + redactedId).status())
			.as("staff download without a token")
			.isEqualTo(401);
	}

	@Test
	void filesAreCheckedByTheirContentAndSize() {
		String id = draft("clerk1", "[]");
		Response html = upload("clerk1", id, "x.pdf", "application/pdf",
				"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8));
		assertProblem(html, 415, "unsupported-attachment");
		assertThat(html.<String>read("$.detail")).contains("仅支持PDF、PNG、JPEG格式的附件");
		byte[] executable = new byte[2048];
		executable[0] = 'M';
		executable[1] = 'Z';
		assertProblem(upload("clerk1", id, "x.pdf", "application/pdf", executable), 415, "unsupported-attachment");
		assertProblem(upload("clerk1", id, "x.zip.pdf", "application/pdf", "PK\u0003\u0004 archive".getBytes()), 415,
				"unsupported-attachment");

		byte[] large = new byte[64 * 1024 + 1];
		System.arraycopy(TestFiles.png(4, 4), 0, large, 0, 8);
		Response tooLarge = upload("clerk1", id, "large.png", "image/png", large);
		assertProblem(tooLarge, 413, "attachment-too-large");
		assertThat(tooLarge.<String>read("$.detail")).contains("64KB");
		Response aboveTheServletLimit = upload("clerk1", id, "larger.png", "image/png", new byte[200 * 1024]);
		assertProblem(aboveTheServletLimit, 413, "attachment-too-large");
		assertThat(aboveTheServletLimit.<String>read("$.detail")).contains("64KB");
		assertProblem(upload("clerk1", id, "empty.pdf", "application/pdf", new byte[0]), 400, "validation");

		Response jpeg = upload("clerk1", id, "photo.pdf", "application/pdf", TestFiles.jpeg(16, 16));
		assertThat(jpeg.status()).isEqualTo(201);
		assertThat(jpeg.<String>read("$.mediaType")).isEqualTo("image/jpeg");
		assertThat(jpeg.<String>read("$.fileName")).isEqualTo("photo.pdf.jpg");
		assertThat(this.api.as("clerk1", "GET", "/api/disclosures/" + id, null)
			.<List<String>>read("$.attachments[*].mediaType")).as("nothing refused was stored")
			.containsExactly("image/jpeg");
	}

	@Test
	void onlyTheDepartmentsAuthorsChangeTheAttachmentsOfADraft() {
		String id = draft("clerk1", "[]");
		byte[] photo = TestFiles.png(16, 16);
		assertProblem(upload("clerk2", id, "a.png", "image/png", photo), 403, "forbidden");
		assertProblem(upload("leader1", id, "a.png", "image/png", photo), 403, "forbidden");
		assertProblem(upload("casemgr", id, "a.png", "image/png", photo), 403, "forbidden");
		String photoId = upload("clerk1", id, "a.png", "image/png", photo).read("$.id");
		assertProblem(this.api.as("clerk2", "DELETE", "/api/disclosures/" + id + "/attachments/" + photoId, null), 403,
				"forbidden");
		assertThat(download("clerk2", "/api/disclosures/" + id + "/attachments/" + photoId).status()).isEqualTo(403);
		assertThat(download("leader1", "/api/disclosures/" + id + "/attachments/" + photoId).status()).isEqualTo(200);
		assertProblem(
				this.api.as("clerk1", "DELETE", "/api/disclosures/" + id + "/attachments/" + UUID.randomUUID(), null),
				404, "attachment-not-found");
		assertProblem(upload("clerk1", UUID.randomUUID().toString(), "a.png", "image/png", photo), 404,
				"item-not-found");

		assertThat(status(this.api.as("clerk1", "POST", "/api/disclosures/" + id + "/submit", null)))
			.isEqualTo("PENDING_REVIEW");
		Response pending = upload("clerk1", id, "b.png", "image/png", photo);
		assertProblem(pending, 409, "invalid-transition");
		assertThat(pending.<String>read("$.detail")).contains("草稿");
		assertProblem(this.api.as("clerk1", "DELETE", "/api/disclosures/" + id + "/attachments/" + photoId, null), 409,
				"invalid-transition");
	}

	@Test
	void anAttachmentIsAnEditForTheSeparationOfDuties() {
		String id = draft("clerk1", "[]");
		assertThat(upload("head1", id, "a.png", "image/png", TestFiles.png(16, 16)).status()).isEqualTo(201);
		this.api.as("clerk1", "POST", "/api/disclosures/" + id + "/submit", null);
		Response selfReview = this.api.as("head1", "POST", "/api/disclosures/" + id + "/approve", "{}");
		assertProblem(selfReview, 403, "forbidden");
		assertThat(selfReview.<String>read("$.detail")).contains("本人");
	}

	@Test
	void aListedPersonsNameInAFileNameBlocksSubmission() {
		String id = draft("clerk1", "[\"王建国\"]");
		upload("clerk1", id, "王建国讯问笔录.png", "image/png", TestFiles.png(16, 16));
		Response refused = this.api.as("clerk1", "POST", "/api/disclosures/" + id + "/submit", null);
		assertProblem(refused, 422, "unredacted-identifier");
		assertThat(refused.<String>read("$.detail")).contains("未匿名的人员姓名");
	}

	@Test
	void aNewDraftOfAPublishedItemLeavesThePublicAttachmentsAsTheyAreUntilItIsPublished() {
		String id = draft("clerk1", "[]");
		byte[] first = TestFiles.pdf("First version of the notice.");
		String firstId = upload("clerk1", id, "通报.pdf", "application/pdf", first).read("$.id");
		approveAll(id);
		assertThat(download(null, "/api/public/items/" + id + "/attachments/" + firstId).status()).isEqualTo(200);

		Response current = this.api.as("clerk1", "GET", "/api/disclosures/" + id, null);
		assertThat(upload("clerk1", id, "new.png", "image/png", TestFiles.png(16, 16)).status())
			.as("a published item is changed by editing it first")
			.isEqualTo(409);
		Response edited = this.api.as("clerk1", "PUT", "/api/disclosures/" + id, itemJson("[]")
			.replace("\"version\":null", "\"version\":" + current.read("$.version") + ",\"revisionNote\":\"更换附件\""));
		assertThat(edited.<Integer>read("$.revision")).isEqualTo(2);
		byte[] photo = TestFiles.png(20, 20);
		String photoId = upload("clerk1", id, "更正.png", "image/png", photo).read("$.id");
		assertThat(this.api.as("clerk1", "DELETE", "/api/disclosures/" + id + "/attachments/" + firstId, null).status())
			.isEqualTo(204);

		assertThat(this.api.anonymous("GET", "/api/public/items/" + id, null).<List<String>>read("$.attachments[*].id"))
			.as("revision 1 is still the public one")
			.containsExactly(firstId);
		assertThat(download(null, "/api/public/items/" + id + "/attachments/" + firstId).status()).isEqualTo(200);
		assertThat(download(null, "/api/public/items/" + id + "/attachments/" + photoId).status())
			.as("not approved yet")
			.isEqualTo(404);

		approveAll(id);
		DisclosureRevised revised = (DisclosureRevised) TestEvents
			.await(TestKafka.bootstrapServers(), Topics.DISCLOSURE_EVENTS,
					(received) -> received.payload() instanceof DisclosureRevised event && event.itemId().equals(id),
					Duration.ofSeconds(20))
			.get(0)
			.event()
			.payload();
		assertThat(revised.attachments()).extracting(AttachmentRef::id).containsExactly(photoId);
		assertThat(download(null, "/api/public/items/" + id + "/attachments/" + photoId).body())
			.isEqualTo(ImageCopy.clean(AttachmentType.PNG, photo));
		assertThat(download(null, "/api/public/items/" + id + "/attachments/" + firstId).status()).isEqualTo(404);
		assertThat(download("clerk1", "/api/disclosures/" + id + "/attachments/" + firstId).status())
			.as("staff keep what was once published")
			.isEqualTo(200);

		this.api.as("leader1", "POST", "/api/disclosures/" + id + "/withdraw", "{\"reason\":\"信息有误\"}");
		assertThat(download(null, "/api/public/items/" + id + "/attachments/" + photoId).status())
			.as("gone with its item")
			.isEqualTo(410);
	}

	@Test
	void internalItemsPublishNoAttachmentAddresses() {
		String id = draft("clerk1", "[]", "INTERNAL");
		String photoId = upload("clerk1", id, "内部.png", "image/png", TestFiles.png(16, 16)).read("$.id");
		approveAll(id);
		DisclosurePublished event = (DisclosurePublished) TestEvents
			.await(TestKafka.bootstrapServers(), Topics.DISCLOSURE_EVENTS,
					(received) -> received.payload() instanceof DisclosurePublished published
							&& published.itemId().equals(id),
					Duration.ofSeconds(20))
			.get(0)
			.event()
			.payload();
		assertThat(event.attachments()).isEmpty();
		assertThat(download(null, "/api/public/items/" + id + "/attachments/" + photoId).status()).isEqualTo(404);
	}

	@Test
	void aPdfIsCheckedToItsLastPage() {
		String id = draft("clerk1", "[]");
		Response uploaded = upload("clerk1", id, "案卷.pdf", "application/pdf",
				TestFiles.longPdf(250, "ID " + PdfTextTest.ID_NUMBER));
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		assertThat(uploaded.<String>read("$.textStatus")).isEqualTo("COMPLETE");
		Response refused = this.api.as("clerk1", "POST", "/api/disclosures/" + id + "/submit", null);
		assertProblem(refused, 422, "unredacted-identifier");
		assertThat(refused.<String>read("$.detail")).contains("《案卷.pdf》", "公民身份号码");
		assertThat(refused.body()).doesNotContain(PdfTextTest.ID_NUMBER);
	}

	@Test
	void anEncryptedPdfWaitsForAnApproversManualCheck() {
		String id = draft("clerk1", "[]");
		byte[] encrypted = TestFiles.encryptedPdf("secret", "Decision of non-prosecution.");
		Response uploaded = upload("clerk1", id, "加密文件.pdf", "application/pdf", encrypted);
		assertThat(uploaded.<String>read("$.textStatus")).isEqualTo("ENCRYPTED");
		String fileId = uploaded.read("$.id");

		Response refused = this.api.as("clerk1", "POST", "/api/disclosures/" + id + "/submit", null);
		assertProblem(refused, 422, "unchecked-attachment");
		assertThat(refused.<String>read("$.detail")).contains("《加密文件.pdf》（已加密）", "人工确认");
		assertThat(refused.<List<String>>read("$.attachments[*].textStatus")).containsExactly("ENCRYPTED");
		Response unconfirmed = this.api.as("clerk1", "GET", "/api/disclosures/" + id, null);
		assertThat(unconfirmed.<List<Boolean>>read("$.attachments[*].automaticallyChecked")).containsExactly(false);
		assertThat(unconfirmed.<List<Object>>read("$.attachments[*].manualCheck")).containsOnlyNulls();
		assertThat(unconfirmed.<List<String>>read("$.attachments[0].allowedActions")).as("the uploader").isEmpty();
		Response toConfirm = this.api.as("head1", "GET", "/api/disclosures/" + id, null);
		assertThat(toConfirm.<List<String>>read("$.attachments[0].allowedActions")).containsExactly("MANUAL_CHECK");
		assertThat(toConfirm.<List<String>>read("$.allowedActions")).contains("MANUAL_CHECK");

		String confirm = "/api/disclosures/" + id + "/attachments/" + fileId + "/manual-check";
		String reason = "{\"reason\":\"已向承办人取得密码，逐页核对原件，未见个人信息\"}";
		assertProblem(this.api.as("clerk1", "POST", confirm, reason), 403, "forbidden");
		assertProblem(this.api.as("head2", "POST", confirm, reason), 403, "forbidden");
		assertProblem(this.api.as("head1", "POST", confirm, "{\"reason\":\" \"}"), 400, "validation");
		assertProblem(
				this.api.as("head1", "POST",
						"/api/disclosures/" + id + "/attachments/" + UUID.randomUUID() + "/manual-check", reason),
				404, "attachment-not-found");
		Response confirmed = this.api.as("head1", "POST", confirm, reason);
		assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
		assertThat(confirmed.<String>read("$.manualCheck.by")).isEqualTo("head1");
		assertThat(this.api.as("leader1", "GET", "/api/disclosures/" + id, null)
			.<List<String>>read("$.attachments[0].allowedActions")).as("confirmed once is enough").isEmpty();
		assertProblem(this.api.as("leader1", "POST", confirm, reason), 409, "manual-check-not-needed");

		Map<String, Object> audited = this.jdbc.queryForMap(
				"select actor, actor_role, comment from audit_entry where item_id = ?::uuid and action = 'MANUAL_CHECK'",
				id);
		assertThat(audited).containsEntry("actor", "head1").containsEntry("actor_role", "SECTION_HEAD");
		assertThat((String) audited.get("comment")).contains(fileId, "逐页核对原件");
		assertThat(
				this.api.as("clerk1", "GET", "/api/disclosures/" + id, null).<List<String>>read("$.history[*].action"))
			.contains("MANUAL_CHECK");

		// Confirming is no edit: the section head still reviews the item.
		approveAll(id);
		assertThat(download(null, "/api/public/items/" + id + "/attachments/" + fileId).body())
			.as("nothing can be taken out of what cannot be opened")
			.isEqualTo(encrypted);
	}

	@Test
	void thePublicDownloadsCopiesWithoutMetadata() throws IOException {
		String id = draft("clerk1", "[]");
		byte[] pdf = TestFiles.pdf(TestFiles.all(TestFiles.note("Checked."), TestFiles.author("Office"),
				TestFiles.xmp("Office"), TestFiles.embeddedFile("notes.txt"), TestFiles.scripts()),
				"Decision of non-prosecution.");
		byte[] photo = TestFiles.jpegWithExif(1, "Wang Jianguo");
		String pdfId = upload("clerk1", id, "决定书.pdf", "application/pdf", pdf).read("$.id");
		String photoId = upload("clerk1", id, "现场.jpg", "image/jpeg", photo).read("$.id");
		approveAll(id);

		Download publicPdf = download(null, "/api/public/items/" + id + "/attachments/" + pdfId);
		try (PDDocument copy = Loader.loadPDF(publicPdf.body())) {
			assertThat(copy.getDocument().getTrailer().getCOSDictionary(COSName.INFO)).isNull();
			assertThat(copy.getDocumentCatalog().getMetadata()).isNull();
			assertThat(copy.getDocumentCatalog().getOpenAction()).isNull();
			assertThat(copy.getDocumentCatalog().getNames()).isNull();
			assertThat(copy.getPage(0).getAnnotations()).isEmpty();
		}
		Download publicPhoto = download(null, "/api/public/items/" + id + "/attachments/" + photoId);
		assertThat(new String(publicPhoto.body(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif")
			.doesNotContain("Jianguo");

		Response staffView = this.api.as("clerk1", "GET", "/api/disclosures/" + id, null);
		assertThat(staffView.<List<String>>read("$.attachments[*].sha256"))
			.containsExactly(Digests.sha256(publicPdf.body()), Digests.sha256(publicPhoto.body()));
		assertThat(staffView.<List<Integer>>read("$.attachments[*].size")).containsExactly(publicPdf.body().length,
				publicPhoto.body().length);
		assertThat(publicPdf.header("ETag")).isEqualTo("\"" + Digests.sha256(publicPdf.body()) + "\"");
		Download original = download("clerk1", "/api/disclosures/" + id + "/attachments/" + pdfId);
		assertThat(original.body()).as("staff keep the file as uploaded").isEqualTo(pdf);
		assertThat(original.header("ETag")).isEqualTo("\"" + Digests.sha256(pdf) + "\"");
	}

	private void approveAll(String id) {
		assertThat(status(this.api.as("clerk1", "POST", "/api/disclosures/" + id + "/submit", null)))
			.isEqualTo("PENDING_REVIEW");
		assertThat(status(this.api.as("head1", "POST", "/api/disclosures/" + id + "/approve", "{}")))
			.isEqualTo("PENDING_APPROVAL");
		assertThat(status(this.api.as("leader1", "POST", "/api/disclosures/" + id + "/approve", "{}")))
			.isEqualTo("PUBLISHED");
	}

	private String draft(String author, String persons) {
		return draft(author, persons, "PUBLIC");
	}

	private String draft(String author, String persons, String visibility) {
		Response created = this.api.as(author, "POST", "/api/disclosures",
				itemJson(persons).replace("\"PUBLIC\"", "\"" + visibility + "\""));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.read("$.id");
	}

	private static String itemJson(String persons) {
		return """
				{"title":"关于一起盗窃案不起诉决定的通报","summary":"附不起诉决定书及现场照片。",
				 "body":"<p>本院依法对王某涉嫌盗窃一案作出不起诉决定，详见附件。</p>",
				 "category":"GOVERNMENT_AFFAIRS","department":"公诉部","important":false,
				 "term":"AD_HOC","visibility":"PUBLIC","persons":%s,"version":null}
				""".formatted(persons);
	}

	/** Sends a file the way a browser's form does ({@code multipart/form-data}). */
	private Response upload(String username, String itemId, String fileName, String contentType, byte[] content) {
		String boundary = "----jianwu" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/disclosures/" + itemId + "/attachments"))
			.timeout(Duration.ofSeconds(20))
			.header("Authorization", "Bearer " + this.api.token(username))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
				response.body());
	}

	private Download download(String username, String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(20))
			.GET();
		if (username != null) {
			request.header("Authorization", "Bearer " + this.api.token(username));
		}
		HttpResponse<byte[]> response = send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		return new Download(response.statusCode(), response.headers().map(), response.body());
	}

	private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
		try {
			return this.http.send(request, handler);
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A downloaded file with its status and headers. */
	record Download(int status, Map<String, List<String>> headers, byte[] body) {

		String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().equalsIgnoreCase(name))
				.map((entry) -> entry.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

		String contentType() {
			return header("Content-Type");
		}

	}

}
