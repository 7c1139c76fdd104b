package org.ordercycle.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.LongAccumulator;
import org.ordercycle.cli.Main;
import scala.Tuple2;

/**
 * OrderCycle's experiments on a Spark cluster: {@code compare}, {@code sweep} and {@code attribute}
 * with the arguments of {@code ordercycle COMMAND}. The driver parses them with the command line's
 * own commands, builds the design and writes the tables, report folder and manifest as a local
 * run does; only the replications run on the executors. Settings (spark-submit --conf):
 * <ul>
 *   <li>{@code spark.ordercycle.partitions}: chunks per job (default: Spark's default parallelism)</li>
 *   <li>{@code spark.ordercycle.store}: the store of finished runs as a Hadoop file system URI
 *       (hdfs://, s3a://, file:/); default: DIR/.runs of --out, which must then be on a file
 *       system every executor mounts at the same path</li>
 * </ul>
 */
public final class SparkMain {
    /** The commands that run on the cluster. */
    static final Set<String> COMMANDS = Set.of("compare", "sweep", "attribute");
    static final String PARTITIONS = "spark.ordercycle.partitions";
    static final String STORE = "spark.ordercycle.store";
    /** Test hook: the first attempt of every task fails after part of its chunk (Spark retries it). */
    static final String FAIL_FIRST_ATTEMPTS = "spark.ordercycle.test.failFirstAttempt";

    private SparkMain() {
    }

    /** What a run did: its exit code and how many replications the executors simulated. */
    record Outcome(int exitCode, long simulated) {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        if (args.length == 0 || !COMMANDS.contains(args[0])) {
            err.println("Usage: spark-submit --class " + SparkMain.class.getName()
                    + " ... ordercycle-spark.jar COMMAND ARGS...  (COMMAND: compare, sweep or attribute, with the"
                    + " arguments of 'ordercycle COMMAND'; see docs/spark.md)");
            System.exit(Main.BAD_INPUT);
        }
        SparkConf conf = new SparkConf().setAppName("OrderCycle " + String.join(" ", args));
        if (!conf.contains("spark.master")) {
            err.println("No Spark master: start with spark-submit --master ..., or with spark/run-local.sh.");
            System.exit(Main.BAD_INPUT);
        }
        int code;
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            spark.setLogLevel(conf.get("spark.ordercycle.logLevel", "WARN"));
            code = run(spark, args, out, err).exitCode();
        }
        System.exit(code);
    }

    /**
     * Runs one command line on {@code spark}, as {@code ordercycle} would run it locally, except
     * that the replications run on the cluster.
     */
    static Outcome run(JavaSparkContext spark, String[] args, PrintWriter out, PrintWriter err) {
        SparkConf conf = spark.getConf();
        int partitions = conf.getInt(PARTITIONS, 0);
        if (partitions < 0) {
            err.println("Invalid setting " + PARTITIONS + "=" + partitions + ": it must be 0 (Spark's default) or more.");
            return new Outcome(Main.BAD_INPUT, 0);
        }
        Map<String, String> hadoop = hadoopSettings(conf);
        String sharedRoot = conf.get(STORE, "");
        boolean quiet = List.of(args).contains("-q") || List.of(args).contains("--quiet");
        LongAccumulator simulated = spark.sc().longAccumulator("replications simulated");
        Main.BackendFactory backends = (Path folderStore, boolean resume) -> {
            SharedStore store = null;
            if (!sharedRoot.isEmpty()) {
                store = new SharedStore(sharedRoot, hadoop);
                if (!resume) {
                    store.clear(); // as the folder's own store is cleared without --resume
                }
            } else if (folderStore != null) {
                store = new SharedStore(folderStore.toAbsolutePath().normalize().toUri().toString(), hadoop);
            }
            return new SparkBackend(spark, partitions, store, quiet ? null : err, simulated,
                    conf.getBoolean(FAIL_FIRST_ATTEMPTS, false));
        };
        int code = Main.execute(args, out, err, backends);
        return new Outcome(code, simulated.value());
    }

    /** Spark's spark.hadoop.* settings without the prefix, for the executors' file systems. */
    private static Map<String, String> hadoopSettings(SparkConf conf) {
        Map<String, String> settings = new HashMap<>();
        for (Tuple2<String, String> e : conf.getAllWithPrefix("spark.hadoop.")) {
            settings.put(e._1(), e._2());
        }
        return settings;
    }
}
