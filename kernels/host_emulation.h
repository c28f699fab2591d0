// Compile kernels/*.cu as host C++ (g++ -x c++ -include kernels/host_emulation.h): the CUDA
// qualifiers go away and the grid is one thread, so each grid-stride kernel is an ordinary
// function that processes all of its items. The tests load the result with ctypes and check
// the kernels' logic against the NumPy twin where there is no GPU.
#pragma once

#define __global__
#define __device__
#define __forceinline__ inline
#define __restrict__ __restrict

struct portalis_dim3 {
    unsigned int x, y, z;
};

static const portalis_dim3 threadIdx = {0, 0, 0};
static const portalis_dim3 blockIdx = {0, 0, 0};
static const portalis_dim3 blockDim = {1, 1, 1};
static const portalis_dim3 gridDim = {1, 1, 1};
