package cn.jianwu.reports.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import cn.jianwu.events.AttachmentRef;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.ChannelDeliveryReported;
import cn.jianwu.events.DeliveryStatus;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.DisclosureRevised;
import cn.jianwu.events.DisclosureStepRecorded;
import cn.jianwu.events.DisclosureWithdrawn;
import cn.jianwu.events.PlatformEvent;
import cn.jianwu.events.Visibility;
import cn.jianwu.events.WorkflowAction;
import cn.jianwu.reports.DisclosureServiceStub;
import cn.jianwu.reports.PlatformEvents;
import cn.jianwu.reports.ReportIntegrationTest;
import cn.jianwu.reports.api.archive.ArchiveVolume;
import cn.jianwu.reports.api.archive.VerificationProblem;
import cn.jianwu.reports.api.archive.VolumeVerification;
import cn.jianwu.testsupport.JsonRequests;
import cn.jianwu.testsupport.TestStaffTokens;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * A department's quarter sealed into a volume from events sent to the real topics, with
 * disclosure-service serving the attachment: the manifest verifies, a tampered file is
 * named by the verification, a later withdrawal makes a second version and both are kept.
 * Each test has a department of its own in a quarter long past.
 */
class ArchiveIT extends ReportIntegrationTest {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final String QUARTER = "2012Q2";

	@Autowired
	JsonMapper json;

	@Autowired
	ArchiveService archives;

	private final String department = "立卷测试科" + UUID.randomUUID().toString().substring(0, 8);

	private final String office = TestStaffTokens.token("office-archivist", "孙档案", "办公室", "CLERK");

	private final String itemWithAttachment = UUID.randomUUID().toString();

	private final String plainItem = UUID.randomUUID().toString();

	private final String attachmentId = UUID.randomUUID().toString();

	private final byte[] attachment = ("%PDF-1.4 不起诉决定书 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);

	@BeforeEach
	void aQuarterOfTheDepartment() {
		String path = attachmentPath();
		DisclosureServiceStub.SERVER.stubFor(get(urlEqualTo(path))
			.willReturn(aResponse().withHeader("Content-Type", "application/pdf").withBody(this.attachment)));
		Instant published = Instant.parse("2012-05-10T02:00:00Z");
		AttachmentRef ref = new AttachmentRef(this.attachmentId, "不起诉决定书.pdf", "application/pdf",
				this.attachment.length, "http://localhost:8080" + path);
		PlatformEvents.send(
				new DisclosurePublished(this.itemWithAttachment, 1, Category.CASE_INFO, "LEGAL_DOCUMENT", "不起诉决定书",
						"摘要", "<p>被不起诉人张某……</p>", this.department, Visibility.PUBLIC,
						List.of(Channel.PORTAL, Channel.WEIBO), published, null, List.of(ref), null),
				step(this.itemWithAttachment, WorkflowAction.SUBMIT, "clerk1", "CLERK", published.minusSeconds(7200)),
				step(this.itemWithAttachment, WorkflowAction.APPROVE, "head1", "SECTION_HEAD",
						published.minusSeconds(3600)),
				new ChannelDeliveryReported(this.itemWithAttachment, 1, Channel.WEIBO, DeliveryStatus.DELIVERED, 1,
						"4930001", null, published.plusSeconds(30)),
				new DisclosurePublished(this.plainItem, 1, Category.GOVERNMENT_AFFAIRS, null, "本院第二季度工作动态", null,
						"<p>工作动态</p>", this.department, Visibility.PUBLIC, List.of(Channel.PORTAL),
						Instant.parse("2012-06-30T15:59:00Z"), null, List.of(), null));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(count("item_revision where department = ?", this.department)).isEqualTo(2);
			assertThat(count("workflow_step where item_id = ?", this.itemWithAttachment)).isEqualTo(2);
			assertThat(count("delivery_report where item_id = ?", this.itemWithAttachment)).isEqualTo(1);
		});
	}

	@Test
	void aSealedVolumeHoldsTheQuarterAndVerifies() throws IOException {
		ArchiveVolume volume = seal();
		assertThat(volume.version()).isEqualTo(1);
		assertThat(volume.revisionCount()).isEqualTo(2);
		assertThat(volume.missingAttachments()).isZero();

		VolumeVerification verification = verify(volume);
		assertThat(verification.problems()).isEmpty();
		assertThat(verification.valid()).isTrue();
		// catalogue.pdf, catalogue.json, two texts, one attachment
		assertThat(verification.checkedFiles()).isEqualTo(5);

		Response download = call("GET", "/api/reports/archives/" + volume.id() + "/download", this.office, null);
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.contentDisposition()).contains("filename*=UTF-8''");
		Map<String, byte[]> files = unzip(download.body());
		assertThat(
				files.get("items/" + this.itemWithAttachment + "/r1/attachments/" + this.attachmentId + "/不起诉决定书.pdf"))
			.isEqualTo(this.attachment);
		assertThat(new String(files.get("items/" + this.plainItem + "/r1/body.html"), StandardCharsets.UTF_8))
			.contains("<p>工作动态</p>", "本院第二季度工作动态");
		assertThat(new String(files.get("catalogue.json"), StandardCharsets.UTF_8)).contains("head1", "4930001");
		assertThat(files).containsKeys("catalogue.pdf", "manifest.json", "manifest.sig");
		try (PDDocument catalogue = Loader.loadPDF(files.get("catalogue.pdf"))) {
			assertThat(new PDFTextStripper().getText(catalogue).replaceAll("\\s", "")).contains(this.department,
					"不起诉决定书", "head1（科室负责人）", "同意", "新浪微博：已送达凭证4930001", "本院第二季度工作动态");
		}

		// sealed again with nothing changed: the same volume
		assertThat(seal().id()).isEqualTo(volume.id());
	}

	@Test
	void aTamperedFileFailsVerificationAndIsNamed() throws IOException {
		ArchiveVolume volume = seal();
		String body = "items/" + this.plainItem + "/r1/body.html";
		rewrite(this.archives.file(this.archives.find(volume.id())), body,
				"<p>改过的正文</p>".getBytes(StandardCharsets.UTF_8));

		VolumeVerification verification = verify(volume);
		assertThat(verification.valid()).isFalse();
		assertThat(verification.problems()).extracting(VerificationProblem::file, VerificationProblem::kind)
			.contains(tuple(body, VerificationProblem.Kind.HASH_MISMATCH),
					tuple(null, VerificationProblem.Kind.ARCHIVE_CHANGED));
		assertThat(verification.problems()).extracting(VerificationProblem::file)
			.doesNotContain("items/" + this.itemWithAttachment + "/r1/body.html", "manifest.sig");
	}

	@Test
	void aWithdrawalAfterSealingMakesASecondVersionAndBothAreKept() {
		ArchiveVolume first = seal();
		PlatformEvents
			.send(new DisclosureWithdrawn(this.itemWithAttachment, 1, "信息有误", Instant.parse("2012-07-15T01:00:00Z")));
		// disclosure-service no longer serves a withdrawn item's attachment
		DisclosureServiceStub.SERVER.stubFor(get(urlEqualTo(attachmentPath())).willReturn(aResponse().withStatus(404)));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(count("item_withdrawal where item_id = ?", this.itemWithAttachment)).isEqualTo(1));

		ArchiveVolume second = seal();
		assertThat(second.version()).isEqualTo(2);
		assertThat(second.id()).isNotEqualTo(first.id());
		assertThat(second.missingAttachments()).as("copied from the first version").isZero();
		assertThat(verify(second).valid()).isTrue();
		assertThat(verify(first).valid()).isTrue();

		Response list = call("GET", "/api/reports/archives?quarter=" + QUARTER + "&department=" + urlEncoded(),
				TestStaffTokens.token("chief", "检察长", "院领导", "CHIEF"), null);
		assertThat(list.status()).isEqualTo(200);
		List<ArchiveVolume> volumes = this.json.readValue(list.body(), new TypeReference<List<ArchiveVolume>>() {
		});
		assertThat(volumes).extracting(ArchiveVolume::id).containsExactly(second.id(), first.id());
	}

	@Test
	void onlyTheOfficeTheSupervisorsAndTheLeadershipSeeVolumesAndOnlyPastQuartersAreSealed() {
		String clerk = TestStaffTokens.token("clerk2", "李书记员", this.department, "CLERK");
		assertThat(call("GET", "/api/reports/archives?quarter=" + QUARTER, clerk, null).status()).isEqualTo(403);
		assertThat(call("POST", "/api/reports/archives", TestStaffTokens.token("chief", "检察长", "院领导", "CHIEF"),
				sealRequest(QUARTER))
			.status()).isEqualTo(403);
		Response notOver = call("POST", "/api/reports/archives",
				TestStaffTokens.token("sup", "监督员", "监督小组", "SUPERVISOR"), sealRequest("2099Q1"));
		assertThat(notOver.status()).isEqualTo(409);
		assertThat(new String(notOver.body(), StandardCharsets.UTF_8)).contains("archive-quarter-not-over");
	}

	/**
	 * A fuller quarter (corrections, failures, a withdrawal, internal items): its
	 * catalogue is the one docs/archive-catalogue.png shows.
	 */
	@Test
	void aFullerQuarterReadsInTheCatalogue() throws IOException {
		List<PlatformEvent> events = new ArrayList<>();
		String[] titles = { "本院2012年第二季度检察工作情况通报", "关于开展检察开放日活动的公告", "李某盗窃案起诉书", "王某故意伤害案不起诉决定书", "本院部门预算公开说明",
				"人民监督员监督案件情况", "关于调整来访接待时间的通知", "赵某诈骗案判决情况" };
		String corrected = null;
		for (int i = 0; i < titles.length; i++) {
			String item = UUID.randomUUID().toString();
			Instant at = Instant.parse("2012-04-03T01:30:00Z").plus(Duration.ofDays(9L * i));
			boolean caseInfo = titles[i].contains("案");
			Category category = caseInfo ? Category.CASE_INFO : Category.GOVERNMENT_AFFAIRS;
			List<Channel> channels = caseInfo ? List.of(Channel.PORTAL, Channel.WEIBO, Channel.WECHAT)
					: List.of(Channel.PORTAL, Channel.BULLETIN, Channel.SCREENS);
			events.add(new DisclosurePublished(item, 1, category, null, titles[i], null, "<p>" + titles[i] + "正文</p>",
					this.department, (i == 5) ? Visibility.INTERNAL : Visibility.PUBLIC, channels, at, null, List.of(),
					null));
			events.add(step(item, WorkflowAction.SUBMIT, "clerk" + i, "CLERK", at.minus(Duration.ofHours(26))));
			events.add(step(item, WorkflowAction.APPROVE, "head1", "SECTION_HEAD", at.minus(Duration.ofHours(3))));
			if (caseInfo) {
				events.add(step(item, WorkflowAction.APPROVE, "leader1", "DIVISION_LEADER",
						at.minus(Duration.ofHours(1))));
			}
			for (Channel channel : channels) {
				boolean failed = (i == 3 && channel == Channel.WECHAT);
				events.add(new ChannelDeliveryReported(item, 1, channel,
						failed ? DeliveryStatus.FAILED : DeliveryStatus.DELIVERED, failed ? 3 : 1,
						failed ? null : channel.id() + "-" + (1000 + i), failed ? "公众号接口超时" : null,
						at.plusSeconds(20 + i)));
			}
			if (i == 2) {
				corrected = item;
				events.add(new DisclosureRevised(item, 2, 1, category, null, titles[i] + "（更正）", null, "<p>更正后的正文</p>",
						this.department, Visibility.PUBLIC, channels, at.plus(Duration.ofDays(2)), null, List.of(),
						null));
			}
			if (i == 6) {
				events.add(new DisclosureWithdrawn(item, 1, "接待时间另行通知", at.plus(Duration.ofDays(5))));
			}
		}
		PlatformEvents.send(events);
		String revised = corrected;
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(count("item_revision where department = ?", this.department)).isEqualTo(11);
			assertThat(count("item_withdrawal w join item_revision r using (item_id, revision) where r.department = ?",
					this.department))
				.isEqualTo(1);
			assertThat(count("delivery_report where item_id = ?", revised)).isEqualTo(3);
		});

		ArchiveVolume volume = seal();
		assertThat(volume.itemCount()).isEqualTo(10);
		assertThat(volume.revisionCount()).isEqualTo(11);
		assertThat(verify(volume).valid()).isTrue();
		Response download = call("GET", "/api/reports/archives/" + volume.id() + "/download", this.office, null);
		byte[] pdf = unzip(download.body()).get("catalogue.pdf");
		// kept for a reader who wants to look at the catalogue
		// (docs/archive-catalogue.png)
		Files.write(Path.of("target", "archive-catalogue.pdf"), pdf);
		try (PDDocument catalogue = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(catalogue).replaceAll("\\s", "")).contains("更正第1版", "内部公开",
					"微信公众号：失败", "接待时间另行通知", "leader1（分管领导）");
		}
	}

	private ArchiveVolume seal() {
		Response response = call("POST", "/api/reports/archives", this.office, sealRequest(QUARTER));
		assertThat(response.status()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(201);
		List<ArchiveVolume> volumes = this.json.readValue(response.body(), new TypeReference<List<ArchiveVolume>>() {
		});
		assertThat(volumes).hasSize(1);
		return volumes.get(0);
	}

	private String attachmentPath() {
		return "/api/public/items/" + this.itemWithAttachment + "/attachments/" + this.attachmentId;
	}

	private String sealRequest(String quarter) {
		return this.json.writeValueAsString(Map.of("quarter", quarter, "department", this.department));
	}

	private VolumeVerification verify(ArchiveVolume volume) {
		Response response = call("GET", "/api/reports/archives/" + volume.id() + "/verification", this.office, null);
		assertThat(response.status()).isEqualTo(200);
		return this.json.readValue(response.body(), VolumeVerification.class);
	}

	private DisclosureStepRecorded step(String item, WorkflowAction action, String actor, String role, Instant at) {
		return new DisclosureStepRecorded(item, 1, action, actor, role, this.department, this.department,
				Category.CASE_INFO, "LEGAL_DOCUMENT", false, null, null, null, null, at);
	}

	/**
	 * Rewrites one entry of a stored ZIP, as someone with access to the directory could.
	 */
	private static void rewrite(Path zipFile, String path, byte[] content) throws IOException {
		Path copy = Files.createTempFile(zipFile.getParent(), "tampered", ".zip");
		try (ZipFile original = new ZipFile(zipFile.toFile(), StandardCharsets.UTF_8);
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy), StandardCharsets.UTF_8)) {
			List<? extends ZipEntry> entries = new ArrayList<>(original.stream().toList());
			for (ZipEntry entry : entries) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals(path)) {
					out.write(content);
				}
				else {
					try (InputStream in = original.getInputStream(entry)) {
						in.transferTo(out);
					}
				}
				out.closeEntry();
			}
		}
		Files.move(copy, zipFile, StandardCopyOption.REPLACE_EXISTING);
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> files = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), in.readAllBytes());
			}
		}
		return files;
	}

	private String urlEncoded() {
		return URLEncoder.encode(this.department, StandardCharsets.UTF_8);
	}

	private int count(String from, String param) {
		return this.jdbc.queryForObject("select count(*) from " + from, Integer.class, param);
	}

	private Response call(String method, String path, String token, String body) {
		HttpRequest request = JsonRequests.of("http://127.0.0.1:" + this.port + path, method, token, body).build();
		try {
			HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
			return new Response(response.statusCode(), response.body(),
					response.headers().firstValue("Content-Disposition").orElse(""));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private record Response(int status, byte[] body, String contentDisposition) {
	}

}
