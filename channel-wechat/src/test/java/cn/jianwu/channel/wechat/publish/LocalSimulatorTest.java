package cn.jianwu.channel.wechat.publish;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import cn.jianwu.channel.wechat.api.WechatApiService;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.Visibility;
import cn.jianwu.simulators.wechat.WechatAccount;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.google.gson.JsonObject;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.util.json.GsonParser;
import me.chanjar.weixin.mp.bean.draft.WxMpAddDraft;
import me.chanjar.weixin.mp.bean.freepublish.WxMpFreePublishList;
import me.chanjar.weixin.mp.bean.freepublish.WxMpFreePublishStatus;
import me.chanjar.weixin.mp.bean.kefu.WxMpKefuMessage;
import me.chanjar.weixin.mp.bean.material.WxMpMaterial;
import me.chanjar.weixin.mp.bean.material.WxMpMaterialUploadResult;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateData;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateMessage;
import me.chanjar.weixin.mp.config.WxMpHostConfig;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;
import me.chanjar.weixin.mp.enums.WxMpApiUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The local run's WeChat simulator ({@code deploy/local/simulators/wechat}, with its
 * account memory) answers every call the adapter makes in the shape WxJava reads.
 */
class LocalSimulatorTest {

	static final Path MAPPINGS = Path.of("..", "deploy", "local", "simulators", "wechat");

	WireMockServer simulator;

	WechatApiService api;

	@BeforeEach
	void start() {
		assertThat(MAPPINGS.resolve("mappings")).as("simulator mappings").isDirectory();
		this.simulator = new WireMockServer(options().dynamicPort()
			.bindAddress("127.0.0.1")
			.usingFilesUnderDirectory(MAPPINGS.toString())
			.globalTemplating(true)
			.extensions(new WechatAccount()));
		this.simulator.start();
		WxMpDefaultConfigImpl config = new WxMpDefaultConfigImpl();
		config.setAppId("wx0000000000local");
		config.setSecret("local-simulated-secret");
		config.useStableAccessToken(true);
		config.setHostConfig(WxMpHostConfig.builder().apiHost(this.simulator.baseUrl()).build());
		this.api = new WechatApiService();
		this.api.setWxMpConfigStorage(config);
	}

	@AfterEach
	void stop() throws Exception {
		this.api.close();
		this.simulator.stop();
	}

	@Test
	void aWholePublicationRunsAgainstTheSimulator(@TempDir Path temp) throws Exception {
		assertThat(this.api.getAccessToken()).isEqualTo("SIM-STABLE-TOKEN-wx0000000000local");

		File cover = Files.copy(Path.of("src/main/resources/wechat/cover.png"), temp.resolve("cover.png")).toFile();
		WxMpMaterial material = new WxMpMaterial();
		material.setName("cover.png");
		material.setFile(cover);
		WxMpMaterialUploadResult uploaded = this.api.getMaterialService().materialFileUpload("image", material);
		assertThat(uploaded.getMediaId()).startsWith("SIM-MEDIA-");

		DisclosurePublished item = new DisclosurePublished("item-1", 1, Category.GOVERNMENT_AFFAIRS, null, "检察开放日公告",
				"摘要", "<p>正文</p>", "办公室", Visibility.PUBLIC, List.of(Channel.WECHAT), Instant.now(),
				"http://localhost:8080/items/item-1", List.of());
		String draft = this.api.getDraftService()
			.addDraft(WxMpAddDraft.builder()
				.articles(List.of(new ArticleComposer().compose(item, uploaded.getMediaId())))
				.build());
		assertThat(draft).startsWith("SIM-DRAFT-");

		JsonObject submit = new JsonObject();
		submit.addProperty("media_id", draft);
		String publishId = GsonParser.parse(this.api.post(WxMpApiUrl.FreePublish.SUBMIT, submit))
			.get("publish_id")
			.getAsString();
		assertThat(publishId).matches("[0-9]{9}");

		WxMpFreePublishStatus status = this.api.getFreePublishService().getPushStatus(publishId);
		assertThat(status.getPublish_status()).isZero();
		assertThat(status.getArticle_id()).isEqualTo("SIM-ARTICLE-" + publishId);
		assertThat(status.getArticle_detail().getItem().get(0).getArticle_url()).contains(publishId);

		// the account remembers: the draft is used up, the article listed until it is
		// deleted
		assertThatThrownBy(() -> this.api.post(WxMpApiUrl.FreePublish.SUBMIT, submit)).isInstanceOfSatisfying(
				WxErrorException.class, (ex) -> assertThat(ex.getError().getErrorCode()).isEqualTo(40007));
		WxMpFreePublishList published = this.api.getFreePublishService().getPublicationRecords(0, 20);
		assertThat(published.getTotalCount()).isEqualTo(1);
		assertThat(published.getItems()).singleElement().satisfies((article) -> {
			assertThat(article.getArticleId()).isEqualTo(status.getArticle_id());
			assertThat(article.getContent().getNewsItem()).singleElement().satisfies((news) -> {
				assertThat(news.getTitle()).isEqualTo("检察开放日公告");
				assertThat(news.getThumbMediaId()).isEqualTo(uploaded.getMediaId());
				assertThat(news.getIsDeleted()).isFalse();
			});
		});

		assertThat(this.api.getFreePublishService().deletePushAllArticle(status.getArticle_id())).isTrue();
		assertThat(this.api.getFreePublishService().getPublicationRecords(0, 20).getTotalCount()).isZero();
	}

	@Test
	void aProgressNoticeIsAcceptedAndAnIncompleteOneRefused() throws Exception {
		WxMpTemplateMessage notice = WxMpTemplateMessage.builder()
			.toUser("o-local-follower")
			.templateId("local-case-progress-template")
			.url("http://localhost:8080/case-query")
			.build();
		notice.addData(new WxMpTemplateData("keyword2", "提起公诉"));
		assertThat(this.api.getTemplateMsgService().sendTemplateMsg(notice)).matches("[0-9]{9}");

		WxMpTemplateMessage incomplete = WxMpTemplateMessage.builder().toUser("o-local-follower").build();
		assertThatThrownBy(() -> this.api.getTemplateMsgService().sendTemplateMsg(incomplete)).isInstanceOfSatisfying(
				WxErrorException.class, (ex) -> assertThat(ex.getError().getErrorCode()).isEqualTo(47001));
	}

	@Test
	void anAnswerAsACustomerServiceMessageIsAcceptedAndAnIncompleteOneRefused() throws Exception {
		assertThat(this.api.getKefuService()
			.sendKefuMessage(WxMpKefuMessage.TEXT().toUser("o-local-follower").content("您好，您的留言已答复。").build()))
			.isTrue();

		WxMpKefuMessage incomplete = WxMpKefuMessage.TEXT().content("没有收件人").build();
		assertThatThrownBy(() -> this.api.getKefuService().sendKefuMessage(incomplete)).isInstanceOfSatisfying(
				WxErrorException.class, (ex) -> assertThat(ex.getError().getErrorCode()).isEqualTo(47001));
	}

}
