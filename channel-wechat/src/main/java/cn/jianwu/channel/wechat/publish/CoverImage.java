package cn.jianwu.channel.wechat.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import cn.jianwu.channel.wechat.WechatProperties;
import cn.jianwu.channel.wechat.api.WechatApiService;
import cn.jianwu.channel.wechat.api.WechatErrors;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.bean.material.WxMpMaterial;
import me.chanjar.weixin.mp.bean.material.WxMpMaterialUploadResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every article needs a cover ({@code thumb_media_id}, a permanent image material). The
 * institution's plain cover image is uploaded once and its media id reused; a changed
 * image (other bytes) is uploaded anew.
 */
@Component
class CoverImage {

	private static final Logger log = LoggerFactory.getLogger(CoverImage.class);

	private final WechatApiService api;

	private final JdbcClient jdbc;

	private final Resource image;

	CoverImage(WechatApiService api, JdbcClient jdbc, ResourceLoader resources, WechatProperties properties) {
		this.api = api;
		this.jdbc = jdbc;
		this.image = resources.getResource(properties.coverImage());
	}

	String mediaId() {
		byte[] bytes = bytes();
		String sha256 = sha256(bytes);
		Optional<String> known = this.jdbc.sql("SELECT media_id FROM wechat_material WHERE sha256 = :sha256")
			.param("sha256", sha256)
			.query(String.class)
			.optional();
		if (known.isPresent()) {
			return known.get();
		}
		WxMpMaterialUploadResult uploaded = upload(bytes);
		this.jdbc.sql("""
				INSERT INTO wechat_material (sha256, media_id, url) VALUES (:sha256, :mediaId, :url)
				ON CONFLICT (sha256) DO NOTHING
				""")
			.param("sha256", sha256)
			.param("mediaId", uploaded.getMediaId())
			.param("url", uploaded.getUrl())
			.update();
		log.info("Cover image uploaded to WeChat as permanent material {}", uploaded.getMediaId());
		return uploaded.getMediaId();
	}

	/**
	 * WeChat no longer knows the material (deleted on the platform): upload it again next
	 * time.
	 */
	void forget(String mediaId) {
		this.jdbc.sql("DELETE FROM wechat_material WHERE media_id = :mediaId").param("mediaId", mediaId).update();
	}

	private WxMpMaterialUploadResult upload(byte[] bytes) {
		Path directory = null;
		try {
			// WxJava uploads files only, and WeChat wants the image type in the file name
			directory = Files.createTempDirectory("jianwu-wechat-cover");
			Path file = Files.write(directory.resolve(fileName()), bytes);
			WxMpMaterial material = new WxMpMaterial();
			material.setName(file.getFileName().toString());
			material.setFile(file.toFile());
			return this.api.getMaterialService().materialFileUpload("image", material);
		}
		catch (WxErrorException ex) {
			throw WechatErrors.map("上传封面图片", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deleteQuietly(directory);
		}
	}

	private String fileName() {
		String name = this.image.getFilename();
		return (name != null && name.contains(".")) ? name : "cover.png";
	}

	private byte[] bytes() {
		try (InputStream in = this.image.getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cover image " + this.image + " cannot be read", ex);
		}
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void deleteQuietly(Path directory) {
		if (directory == null) {
			return;
		}
		try (var files = Files.list(directory)) {
			for (Path file : files.toList()) {
				Files.deleteIfExists(file);
			}
			Files.deleteIfExists(directory);
		}
		catch (IOException ex) {
			log.debug("Temporary cover copy not deleted: {}", ex.toString());
		}
	}

}
