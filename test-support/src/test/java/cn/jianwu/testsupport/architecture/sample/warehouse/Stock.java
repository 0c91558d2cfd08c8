package cn.jianwu.testsupport.architecture.sample.warehouse;

public class Stock {

}
