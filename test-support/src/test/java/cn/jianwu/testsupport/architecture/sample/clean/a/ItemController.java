package cn.jianwu.testsupport.architecture.sample.clean.a;

/** Uses its own feature's repository. */
public class ItemController {

	ItemRepository items;

}
