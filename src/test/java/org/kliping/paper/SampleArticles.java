package org.kliping.paper;

import java.util.List;

/** Articles written for these tests (not taken from any outlet), set by {@link TestPages}. */
public final class SampleArticles {
    private SampleArticles() {
    }

    public static final TestPages.Article PASAR = new TestPages.Article(
            "Pembangunan Pasar Rakyat di Kabupaten Sumber Makmur Rampung Lebih Cepat",
            List.of(
                    "SUMBER MAKMUR - Pemerintah kabupaten meresmikan gedung pasar rakyat yang baru pada Senin pagi. "
                            + "Pembangunan yang dimulai awal tahun ini rampung dua bulan lebih cepat dari jadwal, "
                            + "menurut kepala dinas perdagangan setempat.",
                    "Gedung berlantai dua itu menampung sekitar empat ratus pedagang sayur, ikan, daging dan kebutuhan "
                            + "pokok lainnya. Lantai atas disediakan untuk kios pakaian, toko kelontong dan ruang "
                            + "pertemuan bagi koperasi pedagang.",
                    "Para pedagang menyambut baik bangunan baru tersebut. Mereka sebelumnya berjualan di bawah tenda "
                            + "darurat selama hampir setahun, sehingga dagangan sering basah ketika hujan turun deras "
                            + "pada sore hari.",
                    "Kepala dinas menjelaskan bahwa anggaran pembangunan berasal dari dana alokasi khusus dan "
                            + "pendapatan asli daerah. Pengawasan dilakukan bersama inspektorat agar pekerjaan sesuai "
                            + "dengan rencana dan tidak terjadi penyimpangan.",
                    "Selain itu, pasar dilengkapi instalasi pengolahan air limbah, tempat parkir yang luas, jalur "
                            + "khusus bagi penyandang disabilitas dan ruang laktasi. Pemerintah juga menyiapkan "
                            + "pembayaran retribusi secara nontunai untuk mengurangi pungutan liar.",
                    "Bupati berharap pasar yang bersih dan tertata dapat menarik kembali pembeli yang selama ini "
                            + "beralih ke toko modern. Ia meminta pedagang menjaga kebersihan dan mematuhi aturan "
                            + "penempatan kios yang telah disepakati bersama.",
                    "Seorang pedagang ikan, Siti Aminah, mengatakan omzetnya turun hampir separuh selama berjualan "
                            + "di tenda. Ia optimistis pembeli akan kembali datang setelah pasar dibuka, terutama "
                            + "menjelang hari raya yang tinggal beberapa minggu lagi.",
                    "Dinas perdagangan akan mengevaluasi pengelolaan pasar setiap tiga bulan. Hasil evaluasi akan "
                            + "menjadi dasar perbaikan layanan, termasuk penambahan petugas kebersihan dan keamanan "
                            + "pada malam hari."));

    public static final TestPages.Article BANJIR = new TestPages.Article(
            "Warga Bantaran Sungai Bersiap Menghadapi Musim Hujan",
            List.of(
                    "KOTA TEPIAN - Ratusan warga yang tinggal di bantaran sungai mulai membersihkan saluran air dan "
                            + "memperbaiki tanggul kecil di sekitar permukiman mereka. Kegiatan kerja bakti itu "
                            + "dilakukan setiap akhir pekan sejak awal bulan.",
                    "Badan penanggulangan bencana daerah memperkirakan curah hujan tahun ini lebih tinggi dibanding "
                            + "tahun lalu. Petugas telah memasang alat pemantau ketinggian air di tiga titik dan "
                            + "menyiapkan perahu karet di posko terdekat.",
                    "Ketua rukun warga setempat mengatakan warga sudah belajar dari banjir besar dua tahun lalu. "
                            + "Saat itu air masuk ke rumah hingga setinggi pinggang dan ratusan keluarga harus "
                            + "mengungsi ke gedung sekolah.",
                    "Pemerintah kota berjanji mempercepat normalisasi sungai dan pembangunan kolam retensi. Namun "
                            + "sebagian warga masih menunggu kepastian mengenai ganti rugi lahan yang terkena "
                            + "proyek tersebut.",
                    "Relawan dari perguruan tinggi membantu menyusun peta jalur evakuasi dan melatih warga "
                            + "memberikan pertolongan pertama. Anak-anak sekolah juga diajak mengenali tanda "
                            + "bahaya dan titik kumpul terdekat."));

    public static List<TestPages.Article> all() {
        return List.of(PASAR, BANJIR);
    }
}
